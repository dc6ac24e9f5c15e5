"""beritaner on Spark: a pandas UDF that turns a column of articles into records.

    from beritaner.io.spark import extract_udf, with_extractions

    udf = extract_udf()                                    # JSON of each Extraction
    df = articles.withColumn("extraction", udf("body", "published"))
    df = with_extractions(articles, "body", date_column="published")   # the same

    from beritaner.io.spark import records
    results = records(df.select("extraction").toLocalIterator())  # Extraction objects

Each row's value is the record's wire format, ``Extraction.model_dump_json()``, exactly
what :func:`beritaner.extract` gives for that text and date (read it back with
``Extraction.model_validate_json``, or with Spark's ``from_json`` and the schema of
``Extraction.model_json_schema()``). The UDF is an iterator-of-Series pandas UDF: each
Python worker loads the pipeline once (``beritaner.load`` caches it per process) and
runs ``extract_many`` over each Arrow batch. A text that fails gives a record with its
``error`` set instead of failing the job (``on_error="record"``); a null text is taken
as empty. Reference dates may be ISO strings, dates or timestamps (null: none).

Needs ``pyspark`` (and Java 17) and pandas + pyarrow: ``pip install "beritaner[spark]"``.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..api import DEFAULT_BATCH_SIZE
from ..records import Extraction

__all__ = ["extract_udf", "with_extractions", "records", "reference_of"]

ModelArg = str | Path | None


def reference_of(value: Any) -> str | None:
    """A Spark cell as a reference date: ISO string, date or timestamp; null is None."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    import pandas as pd

    if pd.isna(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


def _extract_series(texts: Any, dates: Any, model: ModelArg, batch_size: int) -> Any:
    import pandas as pd

    from ..api import extract_many, load

    nlp = load(model)
    text_list = ["" if t is None or (not isinstance(t, str) and pd.isna(t)) else t for t in texts.tolist()]
    date_list = [None] * len(text_list) if dates is None else [reference_of(d) for d in dates.tolist()]
    results = extract_many(text_list, reference_dates=date_list, batch_size=batch_size, nlp=nlp,
                           on_error="record")
    return pd.Series([r.model_dump_json() for r in results], index=texts.index, dtype=object)


def extract_udf(*, model: ModelArg = "default", batch_size: int = DEFAULT_BATCH_SIZE, with_dates: bool = True) -> Any:
    """A pandas UDF ``(text[, reference_date]) -> string`` giving each row's Extraction as JSON.

    Call it with a text column and, when ``with_dates`` (default), a date column:
    ``udf("body", "published")``; with ``with_dates=False``: ``udf("body")``.
    """
    from typing import Iterator as _Iterator, Tuple as _Tuple

    import pandas as pd
    from pyspark.sql.functions import pandas_udf

    if with_dates:
        def beritaner_extract(batches):
            for texts, dates in batches:
                yield _extract_series(texts, dates, model, batch_size)

        hint = _Iterator[_Tuple[pd.Series, pd.Series]]
    else:
        def beritaner_extract(batches):
            for texts in batches:
                yield _extract_series(texts, None, model, batch_size)

        hint = _Iterator[pd.Series]
    # Spark picks the UDF's kind from real type hints (this module's are strings).
    beritaner_extract.__annotations__ = {"batches": hint, "return": _Iterator[pd.Series]}
    beritaner_extract = pandas_udf("string")(beritaner_extract)
    return beritaner_extract


def with_extractions(df: Any, text_column: str, *, date_column: str | None = None,
                     output_column: str = "extraction", model: ModelArg = "default",
                     batch_size: int = DEFAULT_BATCH_SIZE) -> Any:
    """``df`` with a column of Extraction JSON, one per row of ``df[text_column]``."""
    for column in (text_column, date_column):
        if column is not None and column not in df.columns:
            raise KeyError(f"no column {column!r}; the columns are {list(df.columns)}")
    if date_column is None:
        udf = extract_udf(model=model, batch_size=batch_size, with_dates=False)
        return df.withColumn(output_column, udf(text_column))
    udf = extract_udf(model=model, batch_size=batch_size)
    return df.withColumn(output_column, udf(text_column, date_column))


def records(rows: Iterable[Any], column: str = "extraction") -> list[Extraction]:
    """Extraction objects from collected rows (``Row``s, dicts or JSON strings)."""
    out = []
    for row in rows:
        value = row if isinstance(row, str) else row[column]
        out.append(Extraction.model_validate_json(value))
    return out
