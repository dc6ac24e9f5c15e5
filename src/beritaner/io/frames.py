"""Extractions as pandas DataFrames: one row per entity, one column per field.

>>> frame = beritaner.to_frame(beritaner.extract_many(texts, ids=names))
>>> frame[frame.label == "OFFICE"].groupby("jurisdiction").size()

A field that the row's label does not have is missing: ``<NA>`` in the text columns
(pandas' nullable ``string`` dtype) and in ``acting``, ``former``, ``candidate`` and
``weekday_mismatch`` (nullable ``boolean``: True/False for the labels that have them),
``None`` in the tuple columns ``honorifics``, ``alternatives`` and ``aliases``.
pandas is imported only when a frame is asked for (``pip install 'beritaner[pandas]'``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from .. import records
from ..records import Extraction

if TYPE_CHECKING:  # pragma: no cover
    import pandas

#: The columns, in order: where the entity is, then the fields of each label.
COLUMNS: tuple[str, ...] = (
    "doc_id",
    "label",
    "text",
    "start",
    "end",
    "score",
    "source",
    # PERSON
    "name",
    "honorifics",
    "rank",
    # OFFICE
    "title",
    "jurisdiction",
    "acting",
    "former",
    "candidate",
    "holder",
    # PLACE
    "region_code",
    "level",
    "province",
    "alternatives",
    # DATE
    "value",
    "grain",
    "weekday_mismatch",
    # OFFICE, PLACE, ORG
    "aliases",
)
_TUPLE_COLUMNS = ("honorifics", "alternatives", "aliases")
_DTYPES = {
    **{c: "string" for c in COLUMNS if c not in _TUPLE_COLUMNS},
    "start": "int64",
    "end": "int64",
    "score": "float64",
    "acting": "boolean",
    "former": "boolean",
    "candidate": "boolean",
    "weekday_mismatch": "boolean",
}


def _pandas():
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "beritaner's DataFrames need pandas, which is not installed: "
            "pip install 'beritaner[pandas]'"
        ) from None
    return pandas


def _checked(extractions: Extraction | Iterable[Extraction]) -> Iterable[Extraction]:
    for extraction in [extractions] if isinstance(extractions, Extraction) else extractions:
        if not isinstance(extraction, Extraction):
            raise TypeError(f"expected Extraction records, got {type(extraction).__name__}")
        yield extraction


def entity_rows(extractions: Extraction | Iterable[Extraction]) -> list[dict[str, Any]]:
    """The rows :func:`to_frame` builds, as plain dicts keyed by :data:`COLUMNS`."""
    rows = []
    for extraction in _checked(extractions):
        for entity in extraction.entities:
            row = dict.fromkeys(COLUMNS)
            row["doc_id"] = extraction.id
            for name in type(entity).model_fields:
                if name in row:
                    row[name] = getattr(entity, name)
            rows.append(row)
    return rows


#: The columns of ``to_frame(..., kind="quotes")``: one row per quote.
QUOTE_COLUMNS: tuple[str, ...] = (
    "doc_id", "kind", "text", "start", "end", "cue", "speaker", "speaker_label",
    "speaker_start", "speaker_end", "speaker_offices",
)
_QUOTE_DTYPES = {
    "doc_id": "string", "kind": "string", "text": "string", "cue": "string",
    "speaker": "string", "speaker_label": "string", "start": "Int64", "end": "Int64",
    "speaker_start": "Int64", "speaker_end": "Int64",
}


def quote_rows(extractions: Extraction | Iterable[Extraction]) -> list[dict[str, Any]]:
    """The rows of the quotes frame, as plain dicts keyed by :data:`QUOTE_COLUMNS`."""
    rows = []
    for extraction in _checked(extractions):
        for quote in extraction.quotes:
            row = {name: getattr(quote, name, None) for name in QUOTE_COLUMNS[1:]}
            rows.append({"doc_id": extraction.id, **row})
    return rows


def to_frame(extractions: Extraction | Iterable[Extraction], kind: str = "entities") -> "pandas.DataFrame":
    """One row per entity of one or many extractions (in order), columns :data:`COLUMNS`;
    with ``kind="quotes"`` one row per quote (who said what), columns :data:`QUOTE_COLUMNS`
    (``speaker_offices`` a tuple of the speaker's offices as written).

    ``doc_id`` is each extraction's ``id``; ``start``/``end`` index that document's text.
    """
    if kind not in ("entities", "quotes"):
        raise ValueError(f"kind must be 'entities' or 'quotes', got {kind!r}")
    pd = _pandas()
    if kind == "quotes":
        frame = pd.DataFrame.from_records(quote_rows(extractions), columns=list(QUOTE_COLUMNS))
        dtypes = _QUOTE_DTYPES
    else:
        frame = pd.DataFrame.from_records(entity_rows(extractions), columns=list(COLUMNS))
        dtypes = _DTYPES
    for column, dtype in dtypes.items():
        frame[column] = frame[column].astype(dtype)
    return frame


records.VIEWS["frame"] = to_frame
