"""Generated word lists shipped in ``beritaner/data`` (see data/SOURCES.md)."""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Everyday Indonesian words, lowercase (scripts/build_common_words.py): a word on
    this list capitalised at a sentence start is not a name."""
    raw = resources.files("beritaner.data").joinpath("common_words.txt.gz").read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """:func:`common_words` and spaCy's Indonesian stop words: the words a scraper glues
    to a name (``dan``, ``di``, ``dilaporkan``) and that no name is."""
    from spacy.lang.id.stop_words import STOP_WORDS

    return common_words() | frozenset(STOP_WORDS)
