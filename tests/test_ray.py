"""beritaner.io.ray on a local Ray instance: the records equal what extract gives."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import beritaner
from beritaner.records import Extraction

ray = pytest.importorskip("ray", reason="ray is not installed (the 'ray' extra)")
pytest.importorskip("ray.data", reason="ray[data] is not installed")

from beritaner.io.ray import Extractor, extract_dataset  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def local_ray():
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(num_cpus=2, include_dashboard=False, ignore_reinit_error=True, log_to_driver=False,
             runtime_env={"env_vars": {"RAY_USAGE_STATS_ENABLED": "0"}})
    yield
    ray.shutdown()


def _rows():
    rows = []
    for path in SEEDS:
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        rows.append({"id": path.stem, "body": path.read_text(encoding="utf-8"),
                     "published": gold["reference_date"]})
    rows.append({"id": "kosong", "body": None, "published": None})
    return rows


def test_dataset_records_equal_extract(local_ray):
    rows = _rows()
    ds = ray.data.from_items(rows)
    out = extract_dataset(ds, "body", date_column="published", batch_size=2, concurrency=2).take_all()
    assert len(out) == len(rows)
    by_id = {row["id"]: row["extraction"] for row in out}
    for row in rows:
        expected = beritaner.extract(row["body"] or "", reference_date=row["published"])
        assert by_id[row["id"]] == expected.model_dump_json(), row["id"]
    assert Extraction.model_validate_json(by_id[SEEDS[0].stem]).entities


def test_extractor_alone_and_a_missing_column(local_ray):
    import pandas as pd

    batch = pd.DataFrame({"isi": ["Tersangka AB ditangkap di Kota Serang, Kamis (19/2/2026)."]})
    out = Extractor("isi")(batch)
    result = Extraction.model_validate_json(out["extraction"][0])
    assert ("PERSON", "AB") in {(e.label, e.text) for e in result.entities}
    with pytest.raises(KeyError, match="no column 'body'"):
        extract_dataset(ray.data.from_pandas(batch), "body")
