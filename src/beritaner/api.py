"""Entry points: ``extract``, ``extract_many``, ``load``; and Doc → Extraction.

Records are built here, at the edge, from the plain values the pipeline leaves on the
``Doc`` (see :mod:`beritaner.candidates`).
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from . import pipeline
from .candidates import ENTITIES, PERSONS, REFERENCE_DATE, parse_reference_date
from .quotes import find_quotes
from .records import RECORD_TYPES, Extraction, PersonGroup

#: Texts longer than this are processed in pieces (cut at paragraph breaks, else at
#: whitespace) so memory stays bounded: the statistical model's activations grow with
#: the batch's text (16 pieces of 100,000 characters peaked at 5.5 GB), so a piece is
#: about as long as a long article. Offsets still index the whole text; office holders
#: and person groups are linked within a piece.
CHUNK_CHARS = 10_000
#: Texts (pieces) per ``nlp.pipe`` batch in :func:`extract_many`: the statistical model's
#: activations for a batch are the transient part of memory, and on a CPU a bigger
#: batch is no faster (240 real articles twice: batch 16 peaks at 327 MB, 8 at 265 MB,
#: 4 at 237 MB, all within 5 % of one speed; ``bench/pipeline_bench.py``).
DEFAULT_BATCH_SIZE = 8
#: ... and at most about this many characters per batch: the pieces of one long text are
#: each ``CHUNK_CHARS`` long, and eight of them held a 0.5 MB text's peak 330 MB above
#: the loaded pipeline (``bench/long_document.py``)
BATCH_CHARS = 32_000

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


#: What ``extract_many`` does when one text cannot be processed (``on_error``).
ON_ERROR: tuple[str, ...] = ("raise", "skip", "record")

_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_text(text: Any) -> str:
    if isinstance(text, Exception):  # a wrapper (beritaner.io.dask) passes an item's failure
        raise text
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return text


def clean_text(text: str) -> str:
    """``text`` with each lone surrogate (what ``surrogateescape`` decoding of scraped
    bytes leaves) replaced by U+FFFD, one character for one, so every offset into the
    result is the same offset into ``text``."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
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
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    nlp: Language | None = None,
    backend: str = "spacy",
    on_error: str = "raise",
) -> Iterator[Extraction]:
    """Extract from many texts, in order, on ``nlp.pipe`` (``n_process`` processes).

    ``reference_dates`` is one date for all texts or an iterable aligned with ``texts``
    (as is ``ids``); iterables of different lengths raise ``ValueError``.

    A failure on one text stays with that text. A text that cannot be processed (not a
    ``str``, an invalid ``reference_date``, a component failing on it) does what
    ``on_error`` says: ``"raise"`` (default) raises its error after every earlier text
    was yielded; ``"skip"`` leaves it out; ``"record"`` yields an ``Extraction`` with no
    entities and ``error`` set. The texts around it come back whole either way. Lone
    surrogates are not errors: they are read as U+FFFD (see :func:`clean_text`).
    """
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(ON_ERROR)}; got {on_error!r}")
    nlp = nlp or load(backend=backend)
    jobs = _jobs(texts, reference_dates, ids)
    if n_process == 1:
        finished = _run_serial(nlp, jobs, batch_size)
    else:
        finished = _run_parallel(nlp, jobs, batch_size, n_process)
    for job in finished:
        if job.error is None:
            yield _to_extraction(job.text, job.reference_date, job.id, job.records, job.groups)
        elif on_error == "raise":
            raise job.error
        elif on_error == "record":
            yield _failed_extraction(job)


@dataclass(eq=False)
class _Job:
    """One input text on its way through the pipe: its pieces still to come back, and the
    records gathered from those that did (a piece's Doc is not kept: its tensors alone
    would make a 10 MB text cost gigabytes)."""

    index: int
    id: str | None = None
    text: str = ""
    reference_date: _dt.date | None = None
    error: BaseException | None = None
    pending: int = 0
    records: list = field(default_factory=list)
    groups: list = field(default_factory=list)

    def pieces(self) -> list[tuple[int, int]]:
        """The pieces to send through the pipe (none for an empty or failed text)."""
        if self.error is not None or not self.text.strip():
            return []
        bounds = chunk_bounds(self.text)
        self.pending = len(bounds)
        return bounds

    def fail(self, error: BaseException) -> None:
        if self.error is None:
            self.error = error
        self.records, self.groups = [], []


def _jobs(texts: Iterable[Any], reference_dates: Any, ids: Any) -> Iterator[_Job]:
    columns: list[Iterable[Any]] = [texts]
    one_date = reference_dates is None or isinstance(reference_dates, (str, _dt.date))
    if not one_date:
        columns.append(reference_dates)
    if ids is not None:
        columns.append(ids)
    for index, row in enumerate(_aligned(columns)):
        text = row[0]
        ref = reference_dates if one_date else row[1]
        doc_id = row[-1] if ids is not None else None
        job = _Job(index, id=doc_id)
        try:
            job.text = clean_text(_check_text(text))
            job.reference_date = parse_reference_date(ref)
        except (TypeError, ValueError) as err:
            job.fail(err)
        yield job


def _aligned(columns: list[Iterable[Any]]) -> Iterator[tuple[Any, ...]]:
    rows = zip(*columns, strict=True)
    while True:
        try:
            yield next(rows)
        except StopIteration:
            return
        except ValueError as err:
            if not str(err).startswith("zip()"):
                raise
            raise ValueError(
                "texts, reference_dates and ids must be the same length (" + str(err)[6:] + ")"
            ) from None


def _make_doc(nlp: Language, job: _Job, start: int, end: int) -> Doc:
    doc = nlp.make_doc(job.text[start:end])
    doc._.set(REFERENCE_DATE, job.reference_date.isoformat() if job.reference_date else None)
    return doc


def _collect(job: _Job, doc: Doc | BaseException, offset: int) -> None:
    """A piece is back: keep its records, or the failure, on its job."""
    job.pending -= 1
    if job.error is not None:
        return
    if isinstance(doc, BaseException):
        job.fail(doc)
        return
    try:
        job.records.extend(_entity_record(job.text, ent, offset) for ent in doc._.get(ENTITIES) or [])
        job.groups.extend(_person_group(group, offset) for group in doc._.get(PERSONS) or [])
    except Exception as err:  # a component left a bad value on this Doc
        job.fail(err)


def _finished(waiting: deque[_Job]) -> Iterator[_Job]:
    """The jobs at the front of ``waiting`` whose pieces have all come back, in order."""
    while waiting and waiting[0].pending == 0:
        yield waiting.popleft()


def _pipe_batch(nlp: Language, batch: list[tuple[_Job, int, int]]) -> None:
    """Run one batch of pieces; if the batch fails, run its pieces one by one (on fresh
    Docs) so that only the piece that fails takes its text down."""
    try:
        docs: list[Doc | BaseException] = list(
            nlp.pipe([_make_doc(nlp, *piece) for piece in batch], batch_size=len(batch))
        )
    except Exception:
        docs = []
        for piece in batch:
            try:
                docs.append(nlp(_make_doc(nlp, *piece)))
            except Exception as err:
                docs.append(err)
    for (job, start, _end), doc in zip(batch, docs, strict=True):
        _collect(job, doc, start)


def _run_serial(nlp: Language, jobs: Iterator[_Job], batch_size: int) -> Iterator[_Job]:
    waiting: deque[_Job] = deque()
    batch: list[tuple[_Job, int, int]] = []
    chars = 0
    try:
        for job in jobs:
            waiting.append(job)
            for start, end in job.pieces():
                batch.append((job, start, end))
                chars += end - start
                if len(batch) >= batch_size or chars >= BATCH_CHARS:
                    _pipe_batch(nlp, batch)
                    batch, chars = [], 0
                    yield from _finished(waiting)
            yield from _finished(waiting)
    except Exception:  # the caller's iterable failed: what was read before it comes back first
        if batch:
            _pipe_batch(nlp, batch)
        yield from _finished(waiting)
        raise
    if batch:
        _pipe_batch(nlp, batch)
    yield from _finished(waiting)


def _run_parallel(nlp: Language, jobs: Iterator[_Job], batch_size: int, n_process: int) -> Iterator[_Job]:
    """``nlp.pipe`` over ``n_process`` processes. A component that fails in a worker ends
    spaCy's stream, so every text not yet finished is then run here, in this process,
    batch by batch, where a failure stays with its text."""
    waiting: deque[_Job] = deque()
    by_index: dict[int, _Job] = {}
    input_error: list[BaseException] = []

    def pieces() -> Iterator[tuple[Doc, tuple[int, int]]]:
        while True:
            try:
                job = next(jobs)
            except StopIteration:
                return
            except Exception as err:  # the caller's iterable failed: raise it after the rest
                input_error.append(err)
                return
            waiting.append(job)
            by_index[job.index] = job
            for start, end in job.pieces():
                yield _make_doc(nlp, job, start, end), (job.index, start)

    stream = nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process)
    try:
        for doc, (index, start) in stream:
            job = by_index[index]
            _collect(job, doc, start)
            if job.pending == 0:
                del by_index[index]
            yield from _finished(waiting)
    except Exception:
        unfinished = list(waiting)
        waiting.clear()
        for job in unfinished:
            job.records, job.groups, job.pending = [], [], 0
        yield from _run_serial(nlp, itertools.chain(unfinished, jobs), batch_size)
    else:
        yield from _finished(waiting)
    if input_error:
        raise input_error[0]


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
        quotes=find_quotes(text, entities, persons),
    )
    result._text = text  # for display (render_html, _repr_html_); not serialised
    return result


def _failed_extraction(job: _Job) -> Extraction:
    error = job.error
    result = Extraction(
        id=job.id,
        reference_date=job.reference_date.isoformat() if job.reference_date else None,
        error=f"{type(error).__name__}: {error}",
    )
    result._text = job.text or None
    return result


def _entity_record(text: str, ent: dict[str, Any], offset: int):
    record_type = RECORD_TYPES[ent["label"]]
    start, end = ent["start"] + offset, ent["end"] + offset
    span = text[start:end]  # one string for the text and the name or title it defaults
    fields = {k: v for k, v in (ent.get("attrs") or {}).items() if k in record_type.model_fields}
    for key, value in fields.items():
        if isinstance(value, list):
            fields[key] = tuple(value)
        elif value == span:
            fields[key] = span  # a name written as in the text: one string, not two
    if ent["label"] in ("PERSON", "ORG"):
        fields.setdefault("name", span)
    elif ent["label"] == "OFFICE":
        fields.setdefault("title", span)
        if fields.get("holder"):
            fields["holder_source"] = "text"
    try:
        return record_type(
            text=span,
            start=start,
            end=end,
            score=round(min(max(float(ent["score"]), 0.0), 1.0), 4),
            source=ent["source"],
            **fields,
        )
    except ValidationError as err:  # a component wrote a bad attribute: say which
        raise RuntimeError(f"component {ent['source']!r} produced an invalid {ent['label']}: {err}") from err
