"""PERSON patterns the statistical model does not know about.

The model finds most names. These patterns add what follows from the annotation
rules rather than from the name itself:

* ``honorific`` — an honorific or academic abbreviation and the name after it belong to
  one span: ``H. Andra Soni``, ``Dr. Ir. Siti Nurbaya, M.Sc.``.
* ``rank`` — a police/military rank is not part of the name: ``AKBP Samian`` → ``Samian``
  (rank kept as an attribute); initials after a rank are a person (``Brigpol EA``).
* ``initials`` — capital initials after a crime-news trigger: ``tersangka RS``.
* ``signoff`` — the reporter's name in parentheses closing an article: ``(Hadi)``.
* ``address`` — a name after a form of address, without it: ``Pak Andra`` → ``Andra``.
"""

from __future__ import annotations

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import Candidate
from ..lang.id.persons import (
    DEGREE_SUFFIX_PATTERN,
    FORMS_OF_ADDRESS,
    HONORIFIC_PREFIXES,
    INITIALS_TRIGGERS,
    NAME_LIKE_HONORIFICS,
    NOT_INITIALS,
    RANKS,
)
from ._base import Recognizer

_WORD = r"[A-Z][a-z'’\-]+(?:-[A-Z][a-z]+)?"
_NAME = rf"{_WORD}(?:[ ]{_WORD}){{0,3}}"
_INITIALS = rf"(?!(?:{'|'.join(sorted(NOT_INITIALS, key=len, reverse=True))})\b)[A-Z]{{2,4}}\b"


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_HONORIFICS = _alternation(w for w in HONORIFIC_PREFIXES if w not in NAME_LIKE_HONORIFICS)
_DEGREES = rf"(?:,?[ ](?:{DEGREE_SUFFIX_PATTERN}))"

#: (name, pattern, score). Group ``span`` is the PERSON span; ``rank`` if present.
PATTERNS: tuple[tuple[str, regex.Pattern, float], ...] = (
    (
        "honorific",
        regex.compile(
            rf"(?<![\w.])(?P<span>(?:(?:{_HONORIFICS})[ ]?){{1,3}}{_NAME}{_DEGREES}{{0,3}})",
            regex.V1,
        ),
        0.9,
    ),
    (
        "rank",
        regex.compile(
            rf"(?<![\w.])(?P<rank>{_alternation(RANKS)})[ ](?P<span>{_NAME}|{_INITIALS})",
            regex.V1,
        ),
        0.88,
    ),
    (
        "initials",
        regex.compile(
            rf"(?<!\w)(?i:{_alternation(INITIALS_TRIGGERS)})[ ](?P<span>{_INITIALS})"
            r"(?![ ]?[-–][ ]?[A-Z])",
            regex.V1,
        ),
        0.88,
    ),
    (
        "signoff",
        regex.compile(r"\((?P<span>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\)[ \t]*\s*\Z"),
        0.9,
    ),
    (
        "address",
        regex.compile(
            rf"(?<!\w)(?:{_alternation(FORMS_OF_ADDRESS)})[ ](?P<span>(?!Kota\b|Negara\b|Pertiwi\b){_NAME})",
            regex.V1,
        ),
        0.86,
    ),
)

_TIMEOUT = 5.0


def find_persons(text: str) -> list[Candidate]:
    """PERSON candidates from the patterns above, with character offsets into ``text``."""
    found: list[Candidate] = []
    for name, pattern, score in PATTERNS:
        for match in pattern.finditer(text, timeout=_TIMEOUT):
            start, end = match.span("span")
            attrs = {"pattern": name}
            if "rank" in pattern.groupindex and match.group("rank"):
                attrs["rank"] = match.group("rank")
            found.append(Candidate(start, end, "PERSON", score, "persons", attrs))
    return found


class PersonRecognizer(Recognizer):
    """spaCy component proposing PERSON candidates from :data:`PATTERNS`."""

    source = "persons"

    def find(self, doc: Doc) -> list[Candidate]:
        return find_persons(doc.text)


@Language.factory("beritaner_persons")
def make_person_recognizer(nlp: Language, name: str) -> PersonRecognizer:
    return PersonRecognizer()
