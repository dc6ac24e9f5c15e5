"""The one name normaliser: a PERSON span's bare name apart from its honorifics and
degrees (``H. Andra Soni, S.E.`` → ``Andra Soni``; ``H.``, ``S.E.``).

Used for the records' ``name`` and ``honorifics`` (:mod:`beritaner.link`), for the
repeats of a name the PERSON recognizer looks for, and for the corpus register. Ranks
and forms of address are never inside a PERSON span (ANNOTATION.md), so they are not
stripped here; the word lists are in :mod:`beritaner.lang.id.persons`.
"""

from __future__ import annotations

import regex

from .lang.id.persons import DEGREE_SUFFIX_PATTERN, HONORIFIC_PREFIXES, NAME_LIKE_HONORIFICS
from .text import alternation

#: Honorifics that open a name; those that are also the first word of many names
#: (``Andi``, ``Raden``) stay in the name.
HONORIFICS = alternation(HONORIFIC_PREFIXES - NAME_LIKE_HONORIFICS)
_LEADING = regex.compile(rf"^(?P<hon>(?:(?:{HONORIFICS})\s?)+)")
_TRAILING = regex.compile(rf"(?P<deg>(?:,?\s(?:{DEGREE_SUFFIX_PATTERN}))+)\s*$")
#: ``Joko Widodo (Jokowi)``: the short name the article will use, in parentheses
_ALIAS = regex.compile(r"\s*\((?P<alias>[^()]{2,40})\)\s*$")


def alias_of(span: str) -> str | None:
    """The short name in parentheses closing a PERSON span (``Joko Widodo (Jokowi)``)."""
    match = _ALIAS.search(span)
    return match.group("alias").strip() if match and match.start() > 0 else None


def without_alias(span: str) -> str:
    """``span`` without a closing alias in parentheses (``Komisi Pemberantasan Korupsi
    (KPK)`` → ``Komisi Pemberantasan Korupsi``); an alias inside stays (``Badan
    Penanggulangan Bencana Daerah (BPBD) Kabupaten Sumedang``)."""
    match = _ALIAS.search(span)
    return span[: match.start()] if match and match.start() > 0 else span


def split_name(span: str) -> tuple[str, list[str]]:
    """(bare name, honorifics and degrees in order) of a PERSON span; a closing alias in
    parentheses is no part of the name (:func:`alias_of`). A span of nothing but
    honorifics keeps them as its name."""
    match = _ALIAS.search(span)
    name, honorifics = (span[: match.start()] if match and match.start() > 0 else span), []
    match = _LEADING.match(name)
    if match and match.end() < len(name):
        honorifics.extend(h for h in regex.split(r"\s+|(?<=\.)(?=\S)", match.group("hon")) if h)
        name = name[match.end() :]
    match = _TRAILING.search(name)
    if match and match.start() > 0:
        honorifics.extend(
            d.strip(" ,") for d in regex.split(r",\s*|\s(?=[A-Z])", match.group("deg")) if d.strip(" ,")
        )
        name = name[: match.start()]
    return name.strip(" ,") or span, honorifics


def bare_name(span: str) -> str:
    """The name of a PERSON span without honorifics and degrees."""
    return split_name(span)[0]
