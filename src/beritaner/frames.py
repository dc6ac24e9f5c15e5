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

from .records import Extraction

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


def entity_rows(extractions: Extraction | Iterable[Extraction]) -> list[dict[str, Any]]:
    """The rows :func:`to_frame` builds, as plain dicts keyed by :data:`COLUMNS`."""
    if isinstance(extractions, Extraction):
        extractions = [extractions]
    rows = []
    for extraction in extractions:
        if not isinstance(extraction, Extraction):
            raise TypeError(f"expected Extraction records, got {type(extraction).__name__}")
        for entity in extraction.entities:
            row = dict.fromkeys(COLUMNS)
            row["doc_id"] = extraction.id
            for name in type(entity).model_fields:
                if name in row:
                    row[name] = getattr(entity, name)
            rows.append(row)
    return rows


def to_frame(extractions: Extraction | Iterable[Extraction]) -> "pandas.DataFrame":
    """One row per entity of one or many extractions (in order), columns :data:`COLUMNS`.

    ``doc_id`` is each extraction's ``id``; ``start``/``end`` index that document's text.
    """
    pd = _pandas()
    rows = entity_rows(extractions)
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    for column, dtype in _DTYPES.items():
        frame[column] = frame[column].astype(dtype)
    return frame
