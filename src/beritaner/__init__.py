"""beritaner: typed entity records from Indonesian news.

>>> import beritaner
>>> result = beritaner.extract("Gubernur Banten Andra Soni ...", reference_date="2026-02-19")
>>> [(e.label, e.text) for e in result.entities]
"""

from ._startup import import_thinc_without_torch

import_thinc_without_torch()  # before spaCy: see _startup (about 1 s less when torch is installed)

from .api import extract, extract_many, load  # noqa: E402
from .corpus import Corpus  # noqa: E402
from .io import display  # noqa: E402,F401  (registers Extraction._repr_html_'s view)
from .io.frames import to_frame  # noqa: E402
from .records import Date, Entity, Extraction, Office, Org, Person, PersonGroup, Place, Quote  # noqa: E402

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
    "Quote",
    "__version__",
]
