"""Known non-entities: text the guidelines say is *not* an entity.

Generic classes (``organisasi perangkat daerah (OPD)``, ``OPD``, ``perangkat daerah``),
generic titles (``kepala daerah``, ``pejabat``) and roles (``jaksa``, ``majelis hakim``)
look like entities to a statistical model. This recognizer proposes them with the
label :data:`~beritaner.candidates.NOT_AN_ENTITY` and a certain score, so the resolver
gives the text to no entity (unless a longer certain span contains it, such as
``Pemerintah Provinsi Banten``). The word lists are the office and organisation
language data; a phrase matches with its first letter in either case, and a short
form in parentheses right after it is covered too.
"""

from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import NOT_AN_ENTITY, Candidate, text_of
from ..lang.id.offices import GENERIC_TITLES, NOT_OFFICES
from ..lang.id.orgs import CLASS_LEVEL_WORDS, GENERIC_CLASSES
from ..lang.id.persons import BASE_RANKS, COMMUNITY_NOUNS, ETHNIC_GROUPS, RETIRED_MARKS
from ..text import alternation
from ..lexicon import common_words
from ._base import Recognizer
from . import openings

SCORE = 0.86


def _phrase(words: str) -> str:
    first, rest = words[0], regex.escape(words[1:])
    if first.isalpha() and not words.isupper():
        return f"[{first.lower()}{first.upper()}]{rest}"
    return regex.escape(words)


PHRASES: tuple[str, ...] = tuple(sorted(set(GENERIC_CLASSES) | set(GENERIC_TITLES) | set(NOT_OFFICES), key=len, reverse=True))
PATTERN = regex.compile(
    r"(?<![\w-])(?:%s)(?:[ ]\([A-Z][A-Za-z]{1,8}\))?(?![\w-])" % "|".join(_phrase(p) for p in PHRASES)
)
openings.declare(PATTERN, PHRASES)


#: a body's short name and a lowercase level word (``KPU provinsi``): a class of bodies
CLASS_OF_BODIES = regex.compile(
    r"(?<![\p{L}\p{N}-])\p{Lu}{2,}[\p{L}]{0,8}[ ](?:%s)(?![\p{L}\p{N}/-])(?![ ]\p{Lu})"
    % "|".join(regex.escape(w) for w in CLASS_LEVEL_WORDS)
)


#: a rank written with its corps (``Mayjen TNI``, ``Kombes Pol``): the corps is part of
#: the rank, no ORG (ANNOTATION.md: a rank is no entity)
CORPS_RANK = regex.compile(
    r"(?<![\p{L}\p{N}-])(?:%s)(?:[ ](?:%s))?(?![\p{L}\p{N}-])"
    % (alternation(r for r in BASE_RANKS if r.endswith((" TNI", " Pol", " Polisi"))), alternation(RETIRED_MARKS))
)


#: a people or community named on its own (``warga Minang``, ``kaum Nahdliyin``): no
#: entity; not a word of a longer name (``Ikatan Keluarga Minang``, ``Minang Jaya``)
PEOPLE = regex.compile(
    r"(?:(?P<before>\p{Lu}[\p{L}.]*)[ ])?(?<![\p{L}\p{N}-])(?P<people>%s)(?![\p{L}\p{N}-])(?![ ]\(?\p{Lu})"
    % alternation(ETHNIC_GROUPS)
)


#: a capitalised word and one space right before a match
_NAME_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’]+[ ]$")


def _ends_a_name(text: str, start: int, end: int) -> bool:
    """``Rahman Hakim``, ``Luqman Hakim``: a capitalised one-word title right after a
    capitalised word the dictionary does not know is the last word of a name."""
    if not text[start].isupper() or " " in text[start:end]:
        return False
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group().strip().lower() not in common_words()


def find_negatives(text: str) -> list[Candidate]:
    found = [
        Candidate(m.start(), m.end(), NOT_AN_ENTITY, SCORE, "negatives", {})
        for m in openings.finditer(PATTERN, text, timeout=5.0)
        if not _ends_a_name(text, m.start(), m.end())
    ]
    if any(f" {word}" in text for word in CLASS_LEVEL_WORDS):  # (the regex is slower)
        found.extend(Candidate(m.start(), m.end(), NOT_AN_ENTITY, SCORE, "negatives", {}) for m in CLASS_OF_BODIES.finditer(text))
    if " TNI" in text or " Pol" in text:
        found.extend(Candidate(m.start(), m.end(), NOT_AN_ENTITY, SCORE, "negatives", {}) for m in CORPS_RANK.finditer(text))
    found.extend(
        Candidate(m.start("people"), m.end(), NOT_AN_ENTITY, SCORE, "negatives", {})
        for m in PEOPLE.finditer(text)
        if m.group("before") is None or m.group("before").lower() in COMMUNITY_NOUNS
    )
    found.sort(key=lambda c: (c.start, c.end))
    return found


class NegativeRecognizer(Recognizer):
    """spaCy component proposing known non-entities (see the module docstring)."""

    source = "negatives"

    def find(self, doc: Doc) -> list[Candidate]:
        return find_negatives(text_of(doc))


@Language.factory("beritaner_negatives")
def make_negative_recognizer(nlp: Language, name: str) -> NegativeRecognizer:
    return NegativeRecognizer()
