"""to_frame: one row per entity, typed columns, offsets that index each document's text."""

from __future__ import annotations

import sys

import pandas as pd
import pytest

import beritaner
from beritaner import Date, Extraction, Office, Org, Person, Place
from beritaner.io.frames import COLUMNS, to_frame

JEMBER = (
    "JEMBER, detikJatim - Bupati Jember Muhammad Fawait meresmikan Pasar Tanjung yang baru "
    "direnovasi, Senin (2/3/2026). Peresmian dihadiri Kapolres Jember AKBP Bobby A. Condroputra.\n"
    "Renovasi dibiayai APBD Jember 2025 senilai Rp 38 miliar, kata Plt Kepala Dinas "
    "Perindustrian dan Perdagangan (Disperindag) Jember Bambang Saputro."
)
MAROS = (
    "Jembatan Pattunuang di Kecamatan Simbang, Kabupaten Maros, Sulawesi Selatan, kembali "
    "dibuka Jumat (6/3/2026) setelah diperbaiki Balai Besar Pelaksanaan Jalan Nasional "
    "(BBPJN) Sulsel sejak Januari 2026."
)


def span(text: str, surface: str) -> dict:
    start = text.index(surface)
    return {"text": surface, "start": start, "end": start + len(surface)}


def jember() -> Extraction:
    t, c = JEMBER, {"score": 0.9, "source": "test"}
    return Extraction(id="jember", reference_date="2026-03-02", entities=(
        Office(**span(t, "Bupati Jember"), title="Bupati", jurisdiction="Jember",
               holder="Muhammad Fawait", **c),
        Person(**span(t, "Muhammad Fawait"), name="Muhammad Fawait", **c),
        Place(**span(t, "Pasar Tanjung"), name="Pasar Tanjung", **c),
        Date(**span(t, "Senin (2/3/2026)"), value="2026-03-02", grain="day", **c),
        Office(**span(t, "Kapolres Jember"), title="Kapolres", jurisdiction="Jember",
               holder="Bobby A. Condroputra", **c),
        Person(**span(t, "Bobby A. Condroputra"), name="Bobby A. Condroputra", rank="AKBP", **c),
        Date(**span(t, "2025"), value="2025", grain="year", **c),
        Office(**span(t, "Plt Kepala Dinas Perindustrian dan Perdagangan (Disperindag) Jember"),
               title="Kepala", jurisdiction="Dinas Perindustrian dan Perdagangan Jember",
               acting=True, holder="Bambang Saputro", aliases=("Disperindag",), **c),
        Person(**span(t, "Bambang Saputro"), name="Bambang Saputro", **c),
    ))


def maros() -> Extraction:
    t, c = MAROS, {"score": 0.95, "source": "places"}
    return Extraction(id="maros", entities=(
        Place(**span(t, "Kecamatan Simbang"), name="Simbang", region_code="73.09.12",
              level="kecamatan", province="Sulawesi Selatan", **c),
        Place(**span(t, "Kabupaten Maros"), name="Kabupaten Maros", region_code="73.09",
              level="kabupaten", province="Sulawesi Selatan", **c),
        Place(**span(t, "Sulawesi Selatan"), name="Sulawesi Selatan", region_code="73",
              level="provinsi", province="Sulawesi Selatan", **c),
        Date(**span(t, "Jumat (6/3/2026)"), value="2026-03-06", grain="day", **c),
        Org(**span(t, "Balai Besar Pelaksanaan Jalan Nasional (BBPJN) Sulsel"),
            name="Balai Besar Pelaksanaan Jalan Nasional Sulsel", aliases=("BBPJN",), **c),
        Date(**span(t, "Januari 2026"), value="2026-01", grain="month", **c),
    ))


def test_one_row_per_entity_with_the_documented_columns():
    frame = to_frame([jember(), maros()])
    assert tuple(frame.columns) == COLUMNS
    for column in ("name", "honorifics", "rank", "title", "jurisdiction", "acting", "former",
                   "holder", "region_code", "level", "province", "value", "grain",
                   "weekday_mismatch", "aliases"):
        assert column in frame.columns
    assert len(frame) == 9 + 6
    assert list(frame.doc_id) == ["jember"] * 9 + ["maros"] * 6
    assert list(frame.label[:4]) == ["OFFICE", "PERSON", "PLACE", "DATE"]


def test_offsets_index_each_documents_text():
    texts = {"jember": JEMBER, "maros": MAROS}
    frame = beritaner.to_frame([jember(), maros()])
    assert frame.start.dtype == "int64" and frame.end.dtype == "int64"
    for row in frame.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text


def test_label_fields_are_filled_and_the_others_missing():
    frame = to_frame(jember()).set_index("text")
    acting = frame.loc["Plt Kepala Dinas Perindustrian dan Perdagangan (Disperindag) Jember"]
    assert acting["title"] == "Kepala" and acting["holder"] == "Bambang Saputro"
    assert bool(acting["acting"]) and not bool(acting["former"])
    assert acting["aliases"] == ("Disperindag",)
    assert pd.isna(acting["region_code"]) and pd.isna(acting["value"]) and pd.isna(acting["rank"])

    person = frame.loc["Bobby A. Condroputra"]
    assert person["rank"] == "AKBP" and person["name"] == "Bobby A. Condroputra"
    assert person["honorifics"] == ()
    assert pd.isna(person["holder"]) and pd.isna(person["acting"]) and person["aliases"] is None

    date = frame.loc["Senin (2/3/2026)"]
    assert (date["value"], date["grain"]) == ("2026-03-02", "day")
    assert not bool(date["weekday_mismatch"])
    assert pd.isna(date["name"]) and pd.isna(date["former"])

    assert frame.acting.dtype == "boolean" and frame.weekday_mismatch.dtype == "boolean"
    assert frame.acting.sum() == 1 and frame.acting.isna().sum() == 6


def test_offices_join_places_by_province():
    frame = to_frame([maros()])
    places = frame[frame.label == "PLACE"]
    assert places.groupby("province").size().to_dict() == {"Sulawesi Selatan": 3}
    assert list(places.sort_values("region_code").level) == ["provinsi", "kabupaten", "kecamatan"]
    orgs = frame[frame.label == "ORG"]
    assert list(orgs.aliases) == [("BBPJN",)]


def test_an_extraction_frames_itself_and_empty_inputs_keep_the_columns():
    assert Extraction.to_frame(maros()).equals(to_frame([maros()]))
    empty = to_frame([])
    assert tuple(empty.columns) == COLUMNS and len(empty) == 0
    assert len(Extraction(id="kosong").to_frame()) == 0


def test_a_stream_from_extract_many_is_consumed(nlp_rules):
    results = beritaner.extract_many([JEMBER, MAROS], ids=["jember", "maros"],
                                     reference_dates="2026-03-09", nlp=nlp_rules)
    frame = beritaner.to_frame(results)
    assert set(frame.doc_id) == {"jember", "maros"}
    texts = {"jember": JEMBER, "maros": MAROS}
    assert all(texts[r.doc_id][r.start : r.end] == r.text for r in frame.itertuples())
    dates = frame[frame.label == "DATE"].set_index("text")
    assert dates.loc["Jumat (6/3/2026)", "value"] == "2026-03-06"
    places = frame[frame.label == "PLACE"].set_index("text")
    assert places.loc["Kabupaten Maros", "region_code"] == "73.09"


def test_other_objects_are_refused():
    with pytest.raises(TypeError, match="expected Extraction"):
        to_frame([{"entities": []}])


def test_without_pandas_the_error_says_which_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'beritaner\[pandas\]'"):
        to_frame([jember()])
