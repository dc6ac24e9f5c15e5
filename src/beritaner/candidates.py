"""Candidate spans: what recognizers propose and the resolver decides between.

A recognizer never edits another's proposals; it only calls :func:`propose`. Every
candidate is plain data (character offsets, label, score, source, a dict of
attributes) stored on the ``Doc`` as ``doc._.beritaner_candidates``, so it survives
``nlp.pipe(n_process=...)`` and ``Doc.to_bytes``.

After the resolver, the chosen spans are ``doc._.beritaner_entities`` (same shape),
and also ``doc.ents`` / ``doc.spans["beritaner"]`` where they align with tokens.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Iterable

from spacy.tokens import Doc

CANDIDATES = "beritaner_candidates"
ENTITIES = "beritaner_entities"
PERSONS = "beritaner_persons"
REFERENCE_DATE = "reference_date"
SPAN_KEY = "beritaner"
#: The label of a candidate that claims its text is *no* entity (a generic class such as
#: ``OPD``); the resolver lets it win like any certain span, then leaves it out.
NOT_AN_ENTITY = "NONE"

for _name in (CANDIDATES, ENTITIES, PERSONS, REFERENCE_DATE):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass(frozen=True)
class Candidate:
    """One proposed entity. ``attrs`` holds the label's record fields."""

    start: int
    end: int
    label: str
    score: float
    source: str
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start

    def to_dict(self) -> dict[str, Any]:
        # not dataclasses.asdict: its deep copy costs more than the rest of the resolver
        return {
            "start": self.start, "end": self.end, "label": self.label, "score": self.score,
            "source": self.source, "attrs": dict(self.attrs),
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Candidate":
        return cls(
            start=data["start"],
            end=data["end"],
            label=data["label"],
            score=data["score"],
            source=data["source"],
            attrs=dict(data.get("attrs") or {}),
        )


_TEXT_KEY = "beritaner.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per doc.

    spaCy rebuilds ``doc.text`` from the tokens on every access; with ten components
    reading it, that was a fifth of the pipeline's time. The text is kept in
    ``doc.user_data`` (it travels with the doc) and checked against the doc's length.
    """
    cached = doc.user_data.get(_TEXT_KEY)
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if cached is None or len(cached) != length:
        cached = doc.text
        doc.user_data[_TEXT_KEY] = cached
    return cached


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep ``text``, the string ``doc`` was tokenized from, as its :func:`text_of`
    (the tokenizer has it already; spaCy would otherwise rebuild it from the tokens)."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def propose(doc: Doc, candidates: Iterable[Candidate]) -> None:
    """Add candidates to the doc (appending to what other recognizers proposed)."""
    store = doc._.get(CANDIDATES)
    if store is None:
        store = []
    store.extend(c.to_dict() for c in candidates)
    doc._.set(CANDIDATES, store)


def candidates_of(doc: Doc, label: str | None = None) -> list[Candidate]:
    """The candidates proposed so far (of one ``label`` if given)."""
    return [Candidate.from_dict(d) for d in (doc._.get(CANDIDATES) or []) if label is None or d["label"] == label]


def proposed_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) of the candidates proposed so far: a cheap read-only view for
    a recognizer that only needs to know where the others' spans are."""
    return [(d["start"], d["end"], d["label"]) for d in (doc._.get(CANDIDATES) or [])]


def entities_of(doc: Doc) -> list[Candidate]:
    """The resolved entities (empty before the resolver has run)."""
    return [Candidate.from_dict(d) for d in (doc._.get(ENTITIES) or [])]


def parse_reference_date(value: "_dt.date | str | None") -> _dt.date | None:
    """A ``date``/``datetime``, an ISO ``YYYY-MM-DD`` string, or None."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(
                f"reference_date must be an ISO date YYYY-MM-DD, got {value!r}"
            ) from None
    raise TypeError(
        f"reference_date must be a date, an ISO date string or None, not {type(value).__name__}"
    )
