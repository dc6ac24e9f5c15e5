"""Entry points: ``extract``, ``extract_many``, ``load``; and Doc → Extraction.

Records are built here, at the edge, from the plain values the pipeline leaves on the
``Doc`` (see :mod:`beritaner.candidates`).
"""

from __future__ import annotations

import datetime as _dt
import itertools
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from . import pipeline
from .candidates import ENTITIES, PERSONS, REFERENCE_DATE
from .records import RECORD_TYPES, Extraction, PersonGroup

#: Texts longer than this are processed in pieces (cut at paragraph breaks, else at
#: whitespace) so memory stays bounded: the statistical model's activations grow with
#: the batch's text (16 pieces of 100,000 characters peaked at 5.5 GB), so a piece is
#: about as long as a long article. Offsets still index the whole text; office holders
#: and person groups are linked within a piece.
CHUNK_CHARS = 10_000

DateLike = _dt.date | str | None


def load(model: str | Path | None = "default", backend: str = "spacy") -> Language:
    """The spaCy pipeline: ``"default"`` (the shipped model), a pipeline directory, or
    ``None`` for the knowledge components without statistical NER. ``backend="stanza"``
    runs stanza's tokenizer and NER under the same components (needs the ``stanza`` extra).

    The default pipeline is built once per process and backend and cached; ``load()``
    returns the same object every time. Use :func:`beritaner.pipeline.build` for a fresh one.
    """
    if model == "default":
        return _default_pipeline(backend)
    return pipeline.build(model, backend=backend)


@lru_cache(maxsize=2)
def _default_pipeline(backend: str = "spacy") -> Language:
    return pipeline.build("default", backend=backend)


def parse_reference_date(value: DateLike) -> _dt.date | None:
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


def _check_text(text: Any) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        raise ValueError(
            f"text is not valid Unicode: {err.reason} at character offset {err.start} "
            f"({text[err.start]!r})"
        ) from None
    return text


def chunk_bounds(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``limit`` characters, preferring paragraph
    breaks, then any whitespace; each piece is ``text[start:end]``, covering all of it."""
    bounds, start, n = [], 0, len(text)
    while n - start > limit:
        window = text[start : start + limit]
        cut = window.rfind("\n")
        if cut < limit // 2:
            cut = max(window.rfind(" "), window.rfind("\t"))
        if cut < limit // 2:
            cut = limit - 1
        bounds.append((start, start + cut + 1))
        start += cut + 1
    bounds.append((start, n))
    return bounds


def extract(
    text: str,
    *,
    reference_date: DateLike = None,
    id: str | None = None,
    nlp: Language | None = None,
    backend: str = "spacy",
    knowledge: Any = None,
) -> Extraction:
    """Find the people, offices, places, organisations and dates in one text.

    ``reference_date`` (the article's date) resolves relative expressions such as
    ``kemarin``; without it their ``value`` is null. ``nlp`` is a pipeline from
    :func:`load` (default: the shipped one for ``backend``, ``"spacy"`` or ``"stanza"``).
    ``knowledge`` (a :class:`beritaner.Corpus`) fills the ``holder`` of an office the
    text names without its holder, as of ``reference_date`` (``holder_source="corpus"``).
    """
    result = next(extract_many([text], reference_dates=[reference_date], ids=[id], nlp=nlp, backend=backend))
    return result if knowledge is None else fill_holders(result, knowledge)


def fill_holders(result: Extraction, knowledge: Any) -> Extraction:
    """``result`` with each current office that has no holder given the holder
    ``knowledge.holder_of(office, on=result.reference_date)`` answers (mantan/calon
    posts are left alone: the corpus knows who holds a post, not who held it)."""
    entities, changed = [], False
    for e in result.entities:
        if e.label == "OFFICE" and e.holder is None and not e.former and not e.candidate:
            answer = knowledge.holder_of(e, on=result.reference_date)
            if answer is not None:
                e = e.model_copy(update={"holder": answer.name, "holder_source": "corpus"})
                changed = True
        entities.append(e)
    if not changed:
        return result
    filled = result.model_copy(update={"entities": tuple(entities)})
    filled._text = result._text
    return filled


def extract_many(
    texts: Iterable[str],
    *,
    reference_dates: Iterable[DateLike] | DateLike = None,
    ids: Iterable[str | None] | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    nlp: Language | None = None,
    backend: str = "spacy",
) -> Iterator[Extraction]:
    """Extract from many texts, in order, on ``nlp.pipe`` (``n_process`` processes).

    ``reference_dates`` is one date for all texts or an iterable aligned with ``texts``.
    """
    nlp = nlp or load(backend=backend)
    if reference_dates is None or isinstance(reference_dates, (str, _dt.date)):
        dates: Iterable[DateLike] = itertools.repeat(reference_dates)
    else:
        dates = reference_dates
    id_iter: Iterable[str | None] = itertools.repeat(None) if ids is None else ids

    def pieces() -> Iterator[tuple[Doc, tuple[int, int, int]]]:
        for index, (text, ref, doc_id) in enumerate(zip(texts, dates, id_iter, strict=False)):
            text = _check_text(text)
            ref_date = parse_reference_date(ref)
            meta[index] = (text, ref_date, doc_id)
            bounds = chunk_bounds(text) if text.strip() else []
            if not bounds:
                continue
            for number, (start, end) in enumerate(bounds):
                doc = nlp.make_doc(text[start:end])
                doc._.set(REFERENCE_DATE, ref_date.isoformat() if ref_date else None)
                yield doc, (index, start, len(bounds) - 1 - number)

    meta: dict[int, tuple[str, _dt.date | None, str | None]] = {}
    next_index = 0
    # Each piece's Doc is turned into records at once and not kept (its tensors alone
    # would make a 10 MB text cost gigabytes); a text's records are gathered until its
    # last piece has gone through the pipe.
    records: list = []
    groups: list[PersonGroup] = []
    stream = nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process)
    for doc, (index, offset, remaining) in stream:
        while next_index < index:  # texts with no content: nothing went through the pipe
            yield _to_extraction(*meta.pop(next_index), [], [])
            next_index += 1
        text = meta[index][0]
        records.extend(_entity_record(text, ent, offset) for ent in doc._.get(ENTITIES) or [])
        groups.extend(_person_group(group, offset) for group in doc._.get(PERSONS) or [])
        if remaining == 0:
            text, ref_date, doc_id = meta.pop(index)
            yield _to_extraction(text, ref_date, doc_id, records, groups)
            records, groups = [], []
            next_index = index + 1
    while next_index in meta:
        yield _to_extraction(*meta.pop(next_index), [], [])
        next_index += 1


def _person_group(group: dict[str, Any], offset: int) -> PersonGroup:
    return PersonGroup(
        name=group["name"],
        mentions=tuple((s + offset, e + offset) for s, e in group["mentions"]),
        offices=tuple(group.get("offices", ())),
    )


def _to_extraction(
    text: str,
    reference_date: _dt.date | None,
    doc_id: str | None,
    entities: list,
    persons: list[PersonGroup],
) -> Extraction:
    entities.sort(key=lambda e: (e.start, e.end))
    result = Extraction(
        id=doc_id,
        reference_date=reference_date.isoformat() if reference_date else None,
        entities=tuple(entities),
        persons=tuple(persons),
    )
    result._text = text  # for display (render_html, _repr_html_); not serialised
    return result


def _entity_record(text: str, ent: dict[str, Any], offset: int):
    record_type = RECORD_TYPES[ent["label"]]
    start, end = ent["start"] + offset, ent["end"] + offset
    fields = {k: v for k, v in (ent.get("attrs") or {}).items() if k in record_type.model_fields}
    for key, value in fields.items():
        if isinstance(value, list):
            fields[key] = tuple(value)
    if ent["label"] == "PERSON":
        fields.setdefault("name", text[start:end])
    elif ent["label"] == "ORG":
        fields.setdefault("name", text[start:end])
    elif ent["label"] == "OFFICE":
        fields.setdefault("title", text[start:end])
        if fields.get("holder"):
            fields["holder_source"] = "text"
    try:
        return record_type(
            text=text[start:end],
            start=start,
            end=end,
            score=round(min(max(float(ent["score"]), 0.0), 1.0), 4),
            source=ent["source"],
            **fields,
        )
    except ValidationError as err:  # a component wrote a bad attribute: say which
        raise RuntimeError(f"component {ent['source']!r} produced an invalid {ent['label']}: {err}") from err
