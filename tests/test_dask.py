"""beritaner.io.dask on a real two-process Dask cluster: results identical to extract()."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import beritaner  # noqa: E402
from beritaner.io import dask as bdask  # noqa: E402
from beritaner.pipeline import default_model_path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
HAVE_MODEL = (default_model_path() / "config.cfg").exists()
# The shipped model when it is there; the knowledge components alone until then.
MODEL = "default" if HAVE_MODEL else None


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
    )
    with cluster, distributed.Client(cluster) as dask_client:
        yield dask_client


@pytest.fixture(scope="module")
def local_nlp():
    return beritaner.load(MODEL)


@pytest.fixture(scope="module")
def articles():
    items = []
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "devset").glob("*.txt")):
        gold = path.with_suffix(".json")
        if gold.exists():
            ref = json.loads(gold.read_text(encoding="utf-8"))["reference_date"]
            items.append({"id": path.stem, "text": path.read_text(encoding="utf-8"), "reference_date": ref})
    assert len(items) >= 5
    return items


def test_bag_of_documents_same_as_extract(client, local_nlp, articles):
    bag = db.from_sequence(articles, npartitions=4)
    results = bdask.extract_bag(bag, model=MODEL).compute()
    expected = [beritaner.extract(a["text"], reference_date=a["reference_date"], id=a["id"], nlp=local_nlp)
                for a in articles]
    assert [r.id for r in results] == [a["id"] for a in articles]
    assert results == expected
    assert sum(len(r.entities) for r in results) > 100
    assert all(d.value for r in results for d in r.of("DATE") if "(" in d.text)  # "Rabu (29/10/2025)"


def test_bag_of_texts_and_the_worker_cache(client, local_nlp, articles):
    texts = [a["text"] for a in articles[:6]]
    results = bdask.extract_bag(db.from_sequence(texts, npartitions=3), model=MODEL).compute()
    assert results == [beritaner.extract(t, nlp=local_nlp) for t in texts]
    assert all(r.reference_date is None and r.id is None for r in results)

    def cached():
        return os.getpid(), [key for key in bdask._PIPELINES]

    per_worker = client.run(cached)
    assert len(per_worker) == 2
    used = [keys for pid, keys in per_worker.values() if keys]
    assert used, "no worker loaded a pipeline"
    for pid, keys in per_worker.values():
        # one pipeline per worker process, loaded there (never the client's)
        assert keys in ([], [(pid, MODEL)])
        assert pid != os.getpid()


def test_bag_rejects_bad_items(client):
    bag = db.from_sequence(["Bupati Banyumas Hartono Wicaksono", 42], npartitions=1)
    with pytest.raises(TypeError, match="not int"):
        bdask.extract_bag(bag, model=MODEL).compute()
    bag = db.from_sequence([{"body": "Purwokerto"}], npartitions=1)
    with pytest.raises(ValueError, match="needs a 'text' field"):
        bdask.extract_bag(bag, model=MODEL).compute()


def test_bag_keeps_good_items_around_a_bad_one(client, local_nlp):
    good = [{"id": "a", "text": "Bupati Banyumas Hartono Wicaksono meninjau Purwokerto."},
            {"id": "c", "text": "Wali Kota Serang Budi Rustandi di Kota Serang, Senin (2/3/2026).",
             "reference_date": "2026-03-03"}]
    items = [good[0], {"id": "b", "body": "Purwokerto"}, 42, good[1],
             {"id": "d", "text": "Rabu", "reference_date": "kemarin"}]
    bag = db.from_sequence(items, npartitions=2)
    recorded = bdask.extract_bag(bag, model=MODEL, on_error="record").compute()
    assert [r.id for r in recorded] == ["a", "b", None, "c", "d"]
    assert recorded[1].error == "ValueError: a document needs a 'text' field; got the fields ['body', 'id']"
    assert recorded[2].error == "TypeError: text must be str, not int"
    assert recorded[4].error.startswith("ValueError: reference_date must be an ISO date")
    expected = [beritaner.extract(d["text"], reference_date=d.get("reference_date"), id=d["id"],
                                  nlp=local_nlp) for d in good]
    assert [recorded[0], recorded[3]] == expected
    skipped = bdask.extract_bag(bag, model=MODEL, on_error="skip").compute()
    assert skipped == expected


def test_dataframe_records_a_failed_row(client, local_nlp):
    frame = pd.DataFrame({"body": ["Bupati Banyumas Hartono Wicaksono", "Rabu di Kota Serang",
                                   "Kota Serang"],
                          "published": ["2026-03-02", "bukan tanggal", "2026-03-02"]})
    ddf = dd.from_pandas(frame, npartitions=1)
    out = bdask.extract_dataframe(ddf, "body", date_column="published", model=MODEL,
                                  on_error="record").compute()
    errors = out[out["error"].notna()]
    assert list(errors.index) == [1] and errors["label"].isna().all()
    assert errors.loc[1, "error"].startswith("ValueError: reference_date must be an ISO date")
    assert set(out[out["error"].isna()].index) == {0, 2}
    skipped = bdask.extract_dataframe(ddf, "body", date_column="published", model=MODEL,
                                      on_error="skip").compute()
    expected = [beritaner.extract(frame["body"][i], reference_date="2026-03-02", nlp=local_nlp)
                for i in (0, 2)]
    assert list(skipped["text"]) == [e.text for r in expected for e in r.entities]
    assert set(skipped.index) == {0, 2}


def _expected_rows(results, doc_ids):
    rows = []
    for doc_id, result in zip(doc_ids, results):
        for e in result.entities:
            rows.append((doc_id, e.label, e.text, e.start, e.end, e.score, e.source,
                         getattr(e, "value", None), getattr(e, "region_code", None),
                         getattr(e, "holder", None)))
    return rows


def _rows(frame):
    def plain(v):
        return None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v

    return [
        (r.doc_id, r.label, r.text, int(r.start), int(r.end), float(r.score), r.source,
         plain(r.value), plain(r.region_code), plain(r.holder))
        for r in frame.itertuples(index=False)
    ]


def test_dataframe_one_row_per_entity_same_as_extract(client, local_nlp, articles):
    frame = pd.DataFrame({
        "url": [f"https://example.id/{a['id']}" for a in articles],
        "body": [a["text"] for a in articles],
        # timestamps, as read from a real table, and one missing date
        "published": pd.to_datetime([a["reference_date"] for a in articles]),
    })
    frame.loc[2, "published"] = pd.NaT
    ddf = dd.from_pandas(frame, npartitions=3)
    out = bdask.extract_dataframe(ddf, "body", date_column="published", id_column="url", model=MODEL)
    assert list(out.columns) == ["doc_id", *bdask.ENTITY_COLUMNS]
    result = out.compute()

    refs = [None if pd.isna(d) else d.date() for d in frame["published"]]
    expected = [beritaner.extract(t, reference_date=r, nlp=local_nlp) for t, r in zip(frame["body"], refs)]
    assert _rows(result) == _expected_rows(expected, list(frame["url"]))
    # the index is the source row: entities join back onto the articles
    for index, row in result.iterrows():
        assert frame.loc[index, "url"] == row["doc_id"]
        assert frame.loc[index, "body"][row["start"]:row["end"]] == row["text"]
    # the type fields of each label are filled, the others null
    dates = result[result["label"] == "DATE"]
    assert dates["grain"].notna().all() and dates["holder"].isna().all()
    places = result[result["label"] == "PLACE"]
    assert places["region_code"].notna().any() and places["value"].isna().all()
    assert result.loc[result["label"] == "OFFICE", "acting"].notna().all()
    assert (result["doc_id"] == frame.loc[2, "url"]).any()  # the article without a date too


def test_dataframe_without_id_or_date_columns(client, local_nlp, articles):
    frame = pd.DataFrame({"body": [articles[0]["text"], None, "", articles[1]["text"]]},
                         index=[10, 11, 12, 13])
    out = bdask.extract_dataframe(dd.from_pandas(frame, npartitions=2), "body", model=MODEL).compute()
    expected = [beritaner.extract("" if pd.isna(t) else t, nlp=local_nlp) for t in frame["body"]]
    assert _rows(out) == _expected_rows(expected, [10, 11, 12, 13])
    assert set(out.index) == {10, 13}  # the empty and missing texts have no entities
    with pytest.raises(KeyError, match="no column 'text'"):
        bdask.extract_dataframe(dd.from_pandas(frame, npartitions=1), "text", model=MODEL)
