"""beritaner over Dask: corpora as a ``dask.bag`` or a ``dask.dataframe``.

    import dask.bag as db
    from beritaner.io.dask import extract_bag, extract_dataframe

    results = extract_bag(db.from_sequence(texts, npartitions=8)).compute()

    entities = extract_dataframe(ddf, "body", date_column="published", id_column="url")
    entities.to_parquet("entities/")

Each worker process loads the pipeline once, on its first partition, and keeps it in a
module-level cache keyed by process id (a forked child never reuses its parent's
entry). Threads of one worker share that pipeline and take turns on it: extraction holds
the GIL, so run Dask workers as processes (``LocalCluster(processes=True,
threads_per_worker=1)``, or ``dask worker --nthreads 1``) to use several cores.

Needs the ``dask`` extra: ``pip install "beritaner[dask]"``.
"""

from __future__ import annotations

import datetime as _dt
import os
import threading
from pathlib import Path
from typing import Any, Iterable, Mapping

import pandas as pd
from spacy.language import Language

from ..api import DEFAULT_BATCH_SIZE, extract_many, load
from ..records import Extraction

__all__ = ["extract_bag", "extract_dataframe", "corpus", "pipeline_for", "ENTITY_COLUMNS"]

ModelArg = str | Path | None

#: columns of :func:`extract_dataframe`'s result, with their pandas dtypes; the type
#: fields of all five labels, null where a label does not have the field
ENTITY_COLUMNS: dict[str, str] = {
    "label": "string",
    "text": "string",
    "start": "Int64",  # nullable: an error row (on_error="record") has no span
    "end": "Int64",
    "score": "float64",
    "source": "string",
    # PERSON / ORG / PLACE
    "name": "string",
    "honorifics": "object",
    "rank": "string",
    # OFFICE
    "title": "string",
    "jurisdiction": "string",
    "acting": "boolean",
    "former": "boolean",
    "candidate": "boolean",
    "holder": "string",
    # OFFICE / PLACE / ORG
    "aliases": "object",
    # PLACE
    "region_code": "string",
    "level": "string",
    "province": "string",
    "alternatives": "object",
    # DATE
    "value": "string",
    "grain": "string",
    "weekday_mismatch": "boolean",
    # a document that could not be processed (on_error="record"): one row, no entity
    "error": "string",
}
_LIST_COLUMNS = frozenset(c for c, t in ENTITY_COLUMNS.items() if t == "object")

_PIPELINES: dict[tuple[int, str | None], tuple[Language, threading.Lock]] = {}
_PIPELINES_LOCK = threading.Lock()


def pipeline_for(model: ModelArg = "default") -> tuple[Language, threading.Lock]:
    """This process's pipeline for ``model`` (as for :func:`beritaner.load`), loaded on
    first use, and the lock its users take turns with."""
    key = (os.getpid(), None if model is None else str(model))
    entry = _PIPELINES.get(key)
    if entry is None:
        with _PIPELINES_LOCK:
            entry = _PIPELINES.get(key)
            if entry is None:
                entry = (load(model), threading.Lock())
                _PIPELINES[key] = entry
    return entry


# --------------------------------------------------------------------------- bags
def _as_document(item: Any) -> tuple[Any, Any, str | None]:
    """(text, reference_date, id) of a bag item. An item of the wrong shape is passed on
    as the text (a dict without one: the error saying so), so that ``extract_many``
    fails that item alone, by ``on_error``."""
    if isinstance(item, Mapping):
        doc_id = item.get("id")
        text = item["text"] if "text" in item else ValueError(
            f"a document needs a 'text' field; got the fields {sorted(item)}")
        return text, item.get("reference_date"), None if doc_id is None else str(doc_id)
    return item, None, None


def _extract_partition(items: Iterable[Any], model: ModelArg, batch_size: int,
                       on_error: str = "raise") -> list[Extraction]:
    documents = [_as_document(item) for item in items]
    if not documents:
        return []
    nlp, lock = pipeline_for(model)
    with lock:
        return list(extract_many(
            [d[0] for d in documents],
            reference_dates=[d[1] for d in documents],
            ids=[d[2] for d in documents],
            batch_size=batch_size,
            nlp=nlp,
            on_error=on_error,
        ))


def extract_bag(bag: Any, *, model: ModelArg = "default", batch_size: int = DEFAULT_BATCH_SIZE,
                on_error: str = "raise") -> Any:
    """A bag of :class:`~beritaner.records.Extraction`, one per item of ``bag``, in
    order. Items are texts, or dicts with ``text`` and optional ``id`` and
    ``reference_date`` (an ISO date string or a ``date``). ``on_error`` as for
    :func:`beritaner.extract_many`: ``"record"`` keeps a failed item as an Extraction
    with ``error`` set, ``"skip"`` leaves it out, ``"raise"`` fails the partition."""
    return bag.map_partitions(_extract_partition, model=model, batch_size=batch_size,
                              on_error=on_error)


# --------------------------------------------------------------------------- dataframes
def _reference(value: Any) -> Any:
    if value is None or (not isinstance(value, (str, _dt.date)) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value


def entity_frame(rows: list[dict[str, Any]], doc_ids: list[Any], index: list[Any],
                 id_dtype: Any, index_dtype: Any) -> pd.DataFrame:
    """The entity rows as a frame with :data:`ENTITY_COLUMNS`' dtypes (also the meta)."""
    data: dict[str, Any] = {"doc_id": pd.Series(doc_ids, dtype=id_dtype)}
    for column, dtype in ENTITY_COLUMNS.items():
        values = [row.get(column) for row in rows]
        data[column] = pd.Series(values, dtype=dtype)
    frame = pd.DataFrame(data)
    frame.index = pd.Index(index, dtype=index_dtype)
    return frame


def _entity_rows(result: Extraction) -> list[dict[str, Any]]:
    rows = []
    for entity in result.entities:
        row = entity.model_dump()
        for column in _LIST_COLUMNS:
            if column in row:
                row[column] = list(row[column])
        rows.append(row)
    return rows


def _dataframe_partition(part: pd.DataFrame, text_column: str, date_column: str | None,
                         id_column: str | None, model: ModelArg, batch_size: int,
                         id_dtype: Any, index_dtype: Any, on_error: str = "raise") -> pd.DataFrame:
    rows: list[dict[str, Any]] = []
    doc_ids: list[Any] = []
    index: list[Any] = []
    if len(part):
        texts = ["" if pd.isna(t) else t for t in part[text_column].tolist()]
        dates = ([_reference(v) for v in part[date_column].tolist()] if date_column
                 else [None] * len(part))
        ids = part[id_column].tolist() if id_column else list(part.index)
        nlp, lock = pipeline_for(model)
        with lock:
            results = list(extract_many(texts, reference_dates=dates, ids=[str(i) for i in range(len(texts))],
                                        batch_size=batch_size, nlp=nlp, on_error=on_error))
        for result in results:  # with "skip", results miss the failed rows: go by position
            position = int(result.id)
            row_index, doc_id = part.index[position], ids[position]
            entity_rows = [{"error": result.error}] if result.error else _entity_rows(result)
            rows.extend(entity_rows)
            doc_ids.extend([doc_id] * len(entity_rows))
            index.extend([row_index] * len(entity_rows))
    return entity_frame(rows, doc_ids, index, id_dtype, index_dtype)


def extract_dataframe(ddf: Any, text_column: str, date_column: str | None = None,
                      id_column: str | None = None, *, model: ModelArg = "default",
                      batch_size: int = DEFAULT_BATCH_SIZE, on_error: str = "raise") -> Any:
    """A Dask DataFrame with one row per entity found in ``ddf[text_column]``.

    Columns: ``doc_id`` (``ddf[id_column]``, or the row's index label), then
    :data:`ENTITY_COLUMNS` (label, text, start, end, score, source and every label's
    type fields, null where they do not apply). The index is the source row's index
    label, so the entities join back onto ``ddf``. ``date_column`` holds each row's
    reference date (ISO strings, dates or timestamps; null for none). A null text is
    taken as empty. Rows come in document order, then by start offset. ``on_error`` as
    for :func:`beritaner.extract_many`; with ``"record"`` a row that could not be
    processed gives one row with only ``doc_id`` and ``error`` set.
    """
    for column in (text_column, date_column, id_column):
        if column is not None and column not in ddf.columns:
            raise KeyError(f"no column {column!r}; the columns are {list(ddf.columns)}")
    id_dtype = ddf[id_column].dtype if id_column else ddf.index.dtype
    index_dtype = ddf.index.dtype
    meta = entity_frame([], [], [], id_dtype, index_dtype)
    return ddf.map_partitions(
        _dataframe_partition, text_column, date_column, id_column, model, batch_size,
        id_dtype, index_dtype, on_error, meta=meta,
    )


# --------------------------------------------------------------------------- corpus
def _corpus_partition(items: Iterable[Any], model: ModelArg, batch_size: int, on_error: str):
    from ..corpus import Corpus

    return Corpus.from_extractions(_extract_partition(items, model, batch_size, on_error))


def _join_corpora(parts):
    from ..corpus import Corpus

    out = Corpus()
    for part in parts:
        out = out | part
    return out


def corpus(bag: Any, *, model: ModelArg = "default", batch_size: int = DEFAULT_BATCH_SIZE,
           on_error: str = "raise") -> Any:
    """A delayed :class:`~beritaner.corpus.Corpus` of ``bag``'s documents (dicts with
    ``id``, ``text`` and ``reference_date``): each partition is extracted and made a
    corpus on its worker, and the corpora are joined with ``|`` (a reduction).
    ``on_error="skip"`` leaves out the documents that cannot be processed."""
    return bag.reduction(
        lambda items: _corpus_partition(items, model, batch_size, on_error), _join_corpora,
        split_every=8,
    )
