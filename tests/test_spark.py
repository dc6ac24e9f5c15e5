"""beritaner.io.spark on a local Spark session: the UDF gives exactly what extract gives."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

import beritaner
from beritaner.records import Extraction

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (the 'spark' extra)")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java (java is not on PATH)", allow_module_level=True)

from beritaner.io.spark import records, reference_of, with_extractions  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # the Python workers run this interpreter (the venv with beritaner), not the PATH's python3
    os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("beritaner-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "3")  # several Arrow batches
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    yield session
    session.stop()


def _articles():
    rows = []
    for path in SEEDS:
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        published = dt.date.fromisoformat(gold["reference_date"]) if gold["reference_date"] else None
        rows.append((path.stem, path.read_text(encoding="utf-8"), published))
    rows.append(("kosong", None, None))  # a null text is taken as empty
    rows.append(("pendek", "Kapolres Lebak AKBP Rizky Pratama menyebut tersangka RS ditangkap Kamis (19/2/2026).",
                 dt.date(2026, 2, 20)))
    return rows


def test_udf_records_equal_extract(spark):
    rows = _articles()
    df = spark.createDataFrame(rows, "id string, body string, published date").repartition(2)
    out = with_extractions(df, "body", date_column="published").select("id", "extraction").collect()
    assert len(out) == len(rows)
    by_id = {row["id"]: row["extraction"] for row in out}
    for doc_id, text, published in rows:
        expected = beritaner.extract(text or "", reference_date=published)
        assert by_id[doc_id] == expected.model_dump_json(), doc_id
    got = Extraction.model_validate_json(by_id["pendek"])
    assert ("PERSON", "RS") in {(e.label, e.text) for e in got.entities}
    assert got.reference_date == "2026-02-20"
    assert records(out)[0].model_dump_json() == out[0]["extraction"]


def test_udf_without_dates_and_a_missing_column(spark):
    df = spark.createDataFrame([("Bupati Lebak Hasbi Jayabaya meninjau banjir kemarin.",)], "body string")
    (row,) = with_extractions(df, "body", output_column="hasil").collect()
    result = Extraction.model_validate_json(row["hasil"])
    assert result == beritaner.extract("Bupati Lebak Hasbi Jayabaya meninjau banjir kemarin.")
    assert any(e.label == "DATE" and e.value is None for e in result.entities)  # no date: unresolved
    with pytest.raises(KeyError, match="no column 'isi'"):
        with_extractions(df, "isi")


@pytest.mark.parametrize(
    "value, expected",
    [(None, None), ("2025-06-18", "2025-06-18"), (dt.date(2025, 6, 18), "2025-06-18"),
     (dt.datetime(2025, 6, 18, 23, 59), "2025-06-18"), (float("nan"), None)],
)
def test_reference_dates_from_spark_cells(value, expected):
    assert reference_of(value) == expected
