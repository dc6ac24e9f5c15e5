"""beritaner.Corpus on short articles of our own (fictional people), with dates."""

from __future__ import annotations

import datetime as dt

import pytest

pd = pytest.importorskip("pandas")

import beritaner
from beritaner.corpus import Corpus

ARTICLES = [
    ("a1", "2025-03-04",
     "Gubernur Banten H. Andra Soni meninjau banjir di Kota Serang, Senin (3/3/2025). "
     "\"Kami siapkan posko,\" kata Andra."),
    ("a2", "2025-05-12",
     "SERANG - Andra Soni, Gubernur Provinsi Banten, meresmikan jembatan di Kabupaten Lebak, "
     "Senin (12/5/2025)."),
    ("a3", "2025-05-20",
     "Bupati Serang Ratu Zakiyah dan Wali Kota Serang Budi Rustandi menghadiri rapat di "
     "Pendopo Gubernur Banten, Selasa (20/5/2025)."),
    ("a4", "2024-02-01",
     "Bupati Lebak Iti Octavia Jayabaya membuka pasar murah di Rangkasbitung, Kamis (1/2/2024)."),
    ("a5", "2025-06-02",
     "Bupati Lebak Hasbi Jayabaya meninjau sawah di Kecamatan Cibadak, Senin (2/6/2025)."),
    ("a6", "2025-06-03",
     "Kapolres Sukabumi AKBP Dedi Kurniawan memimpin apel di Cisaat, Selasa (3/6/2025)."),
    ("a7", "2025-06-10",
     "Kepala Dinas Kesehatan Kabupaten Bogor Dedi Kurniawan meninjau puskesmas, Selasa (10/6/2025)."),
    ("a8", "2025-06-11",
     "Warga bernama Andra mengaku rumahnya terendam, Rabu (11/6/2025)."),
]


@pytest.fixture(scope="module")
def results():
    return list(beritaner.extract_many([t for _, _, t in ARTICLES],
                                       reference_dates=[d for _, d, _ in ARTICLES],
                                       ids=[i for i, _, _ in ARTICLES]))


@pytest.fixture(scope="module")
def corpus(results):
    return Corpus.from_extractions(results)


def test_same_post_written_three_ways(corpus):
    for office in ("Gubernur Banten", "Gub. Banten", "Gubernur Provinsi Banten"):
        answer = corpus.holder_of(office, on="2025-04-01")
        assert answer is not None and answer.name == "Andra Soni", office
        assert set(answer.evidence) == {"a1", "a2"}
        assert answer.first_seen == dt.date(2025, 3, 4) and answer.last_seen == dt.date(2025, 5, 12)


def test_bupati_and_wali_kota_of_serang_are_two_posts(corpus):
    assert corpus.holder_of("Bupati Serang", on="2025-05-20").name == "Ratu Zakiyah"
    assert corpus.holder_of("Wali Kota Serang", on=dt.date(2025, 5, 20)).name == "Budi Rustandi"
    holders = corpus.holders()
    serang = holders[holders["holder"].isin(["Ratu Zakiyah", "Budi Rustandi"])]
    assert set(serang["region_code"]) == {"36.04", "36.73"}


def test_holder_changes_over_time(corpus):
    assert corpus.holder_of("Bupati Lebak", on="2024-03-01").name == "Iti Octavia Jayabaya"
    assert corpus.holder_of("Bupati Lebak", on="2025-06-30").name == "Hasbi Jayabaya"
    assert corpus.holder_of("Bupati Lebak", on="2019-01-01") is None  # no evidence near
    assert corpus.holder_of("Bupati Pandeglang", on="2025-06-30") is None


def test_name_variants_merge_but_a_bare_first_name_does_not(corpus):
    people = corpus.people()
    andra = people[people["name"] == "Andra Soni"]
    assert len(andra) == 1
    row = andra.iloc[0]
    assert "H. Andra Soni" in row["variants"] and "Andra" in row["variants"]
    assert "H." in row["honorifics"]
    assert row["articles"] == ["a1", "a2"]
    # a8's "Andra" is nobody the article ties to Andra Soni
    assert "a8" not in row["articles"]


def test_namesakes_with_different_offices_stay_apart(corpus):
    people = corpus.people()
    dedi = people[people["name"] == "Dedi Kurniawan"]
    assert len(dedi) == 2
    assert sorted(len(o) for o in dedi["offices"]) == [1, 1]
    assert len(set(dedi["person_id"])) == 2


def test_union_is_associative_and_order_free(results, corpus):
    parts = [Corpus.from_extractions(results[i:i + 3]) for i in range(0, len(results), 3)]
    left = (parts[0] | parts[1]) | parts[2]
    right = parts[0] | (parts[1] | parts[2])
    backwards = Corpus.from_extractions(reversed(results))
    assert left == right == backwards == corpus
    assert left.holders().equals(corpus.holders()) and right.people().equals(corpus.people())
    assert len(parts[0] | parts[0]) == len(parts[0])


def test_save_and_load(tmp_path, corpus):
    corpus.save(tmp_path / "c")
    assert {p.name for p in (tmp_path / "c").iterdir()} >= {"articles.jsonl", "people.jsonl", "holders.jsonl"}
    again = Corpus.load(tmp_path / "c")
    assert again == corpus
    assert again.people().equals(corpus.people())
    with pytest.raises(FileNotFoundError):
        Corpus.load(tmp_path)


def test_needs_ids():
    with pytest.raises(ValueError, match="id"):
        Corpus.from_extractions([beritaner.extract("Bupati Lebak Hasbi Jayabaya datang.")])


def test_extract_fills_a_missing_holder_from_the_corpus(corpus):
    text = ("Pemprov Banten menyiapkan 40 posko mudik. \"Semua posko siaga 24 jam,\" "
            "kata Gubernur Banten di Serang, Kamis (12/6/2025).")
    plain = beritaner.extract(text, reference_date="2025-06-12", id="q1")
    office = next(e for e in plain.of("OFFICE") if e.text == "Gubernur Banten")
    assert office.holder is None and office.holder_source is None
    filled = beritaner.extract(text, reference_date="2025-06-12", id="q1", knowledge=corpus)
    office = next(e for e in filled.of("OFFICE") if e.text == "Gubernur Banten")
    assert office.holder == "Andra Soni" and office.holder_source == "corpus"
    # a holder the text names stays the text's
    named = beritaner.extract("Bupati Lebak Hasbi Jayabaya datang, Senin (2/6/2025).",
                              reference_date="2025-06-02", knowledge=corpus)
    assert [(e.holder, e.holder_source) for e in named.of("OFFICE")] == [("Hasbi Jayabaya", "text")]


def test_cli_corpus_writes_the_tables(tmp_path):
    import json

    from beritaner.io.cli import main

    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps({"id": i, "published": d, "text": t}) + "\n"
                              for i, d, t in ARTICLES[:5]) + "not json\n", encoding="utf-8")
    import io

    err = io.StringIO()
    code = main(["corpus", "--input-jsonl", str(source), "--out", str(tmp_path / "out")],
                stdout=io.StringIO(), stderr=err)
    assert code == 2 and "articles.jsonl:6: malformed JSON" in err.getvalue()
    holders = [json.loads(line) for line in open(tmp_path / "out" / "holders.jsonl", encoding="utf-8")]
    andra = [h for h in holders if h["holder"] == "Andra Soni"]
    assert andra and andra[0]["office"] == "Gubernur Banten" and andra[0]["region_code"] == "36"
    assert andra[0]["first_seen"] == "2025-03-04" and andra[0]["articles"] == ["a1", "a2"]
    assert Corpus.load(tmp_path / "out").holder_of("Gub. Banten", on="2025-05-01").name == "Andra Soni"


def test_dask_reduction_gives_the_same_corpus(corpus):
    db = pytest.importorskip("dask.bag")
    from beritaner.io.dask import corpus as dask_corpus

    docs = [{"id": i, "text": t, "reference_date": d} for i, d, t in ARTICLES]
    built = dask_corpus(db.from_sequence(docs, npartitions=3), model="default").compute(scheduler="sync")
    assert built == corpus and built.holders().equals(corpus.holders())
