"""beritaner on Ray Data: ``map_batches`` with a callable class, one pipeline per actor.

    import ray
    from beritaner.io.ray import extract_dataset

    ds = ray.data.read_parquet("articles/")
    out = extract_dataset(ds, "body", date_column="published", concurrency=2)
    out.write_parquet("extractions/")

Each output row gets a column (``extraction``) holding the row's record in the wire
format, ``Extraction.model_dump_json()``: exactly what :func:`beritaner.extract` gives
for that text and date. A text that fails gives a record with its ``error`` set
(``on_error="record"``), never a failed job; a null text is taken as empty.

Needs ``ray[data]``: ``pip install "beritaner[ray]"``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..api import DEFAULT_BATCH_SIZE
from .spark import reference_of

__all__ = ["Extractor", "extract_dataset"]

ModelArg = str | Path | None


class Extractor:
    """A Ray Data batch callable: loads the pipeline once (per actor), then adds
    ``output_column`` to each pandas batch."""

    def __init__(self, text_column: str, date_column: str | None = None, *,
                 output_column: str = "extraction", model: ModelArg = "default",
                 batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        from ..api import load

        self.text_column, self.date_column, self.output_column = text_column, date_column, output_column
        self.batch_size = batch_size
        self.nlp = load(model)

    def __call__(self, batch: Any) -> Any:
        import pandas as pd

        from ..api import extract_many

        texts = ["" if t is None or (not isinstance(t, str) and pd.isna(t)) else t
                 for t in batch[self.text_column].tolist()]
        dates = ([reference_of(d) for d in batch[self.date_column].tolist()] if self.date_column
                 else [None] * len(texts))
        results = extract_many(texts, reference_dates=dates, batch_size=self.batch_size, nlp=self.nlp,
                               on_error="record")
        batch = batch.copy()
        batch[self.output_column] = [r.model_dump_json() for r in results]
        return batch


def extract_dataset(ds: Any, text_column: str, *, date_column: str | None = None,
                    output_column: str = "extraction", model: ModelArg = "default",
                    batch_size: int = 64, concurrency: int = 1) -> Any:
    """``ds`` with a column of Extraction JSON, computed by ``concurrency`` actors."""
    columns = ds.columns()
    for column in (text_column, date_column):
        if column is not None and column not in columns:
            raise KeyError(f"no column {column!r}; the columns are {columns}")
    return ds.map_batches(
        Extractor,
        fn_constructor_args=(text_column, date_column),
        fn_constructor_kwargs={"output_column": output_column, "model": model},
        batch_format="pandas",
        batch_size=batch_size,
        concurrency=concurrency,
        num_cpus=1,
    )
