"""beritaner: typed entity records from Indonesian news.

>>> import beritaner
>>> result = beritaner.extract("Gubernur Banten Andra Soni ...", reference_date="2026-02-19")
>>> [(e.label, e.text) for e in result.entities]
"""

from .api import extract, extract_many, load
from .corpus import Corpus
from .frames import to_frame
from .records import Date, Entity, Extraction, Office, Org, Person, PersonGroup, Place

__version__ = "0.1.0"

__all__ = [
    "extract",
    "extract_many",
    "load",
    "to_frame",
    "Corpus",
    "Extraction",
    "Entity",
    "Person",
    "Office",
    "Place",
    "Org",
    "Date",
    "PersonGroup",
    "__version__",
]
