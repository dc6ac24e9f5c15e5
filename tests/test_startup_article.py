"""The article the project started from (../shared/seeds): what issues #2 and #4 ask."""

from __future__ import annotations

import pytest

import beritaner


@pytest.fixture(scope="module")
def result(nlp, startup_text):
    return beritaner.extract(startup_text, reference_date="2026-02-19", nlp=nlp)


def spans(result, label):
    return [e for e in result.entities if e.label == label]


def test_offsets_index_the_article(result, startup_text):
    for e in result.entities:
        assert startup_text[e.start : e.end] == e.text


def test_dates(result, startup_text):
    dates = {(e.text, e.value) for e in spans(result, "DATE")}
    assert ("Kamis (19/2/2026)", "2026-02-19") in dates
    assert ("2025", "2025") in dates
    assert ("2026", "2026") in dates
    kamis = next(e for e in spans(result, "DATE") if e.text == "Kamis (19/2/2026)")
    assert kamis.grain == "day" and kamis.weekday_mismatch is False


def test_dates_without_reference_date(nlp, startup_text):
    result = beritaner.extract(startup_text, nlp=nlp)
    dates = {e.text: e.value for e in spans(result, "DATE")}
    assert dates["Kamis (19/2/2026)"] == "2026-02-19"
    assert result.reference_date is None


def test_persons(result, startup_text):
    persons = [e.text for e in spans(result, "PERSON")]
    assert persons.count("Andra Soni") == startup_text.count("Andra Soni")
    assert "Hadi" in persons
    assert not any("Gubernur" in p for p in persons)
    group = next(g for g in result.persons if g.name == "Andra Soni")
    assert len(group.mentions) == startup_text.count("Andra Soni")


def test_offices_and_holders(result):
    offices = spans(result, "OFFICE")
    first = offices[0]
    assert (first.text, first.title, first.jurisdiction, first.holder) == (
        "Gubernur Banten", "Gubernur", "Banten", "Andra Soni",
    )
    bare = [o for o in offices if o.text == "Gubernur"]
    assert bare and all(o.holder == "Andra Soni" for o in bare)
    assert not any("Pendopo" in o.text for o in offices)


def test_places(result):
    places = {e.text: e for e in spans(result, "PLACE")}
    for name in ("Pendopo Gubernur Banten", "KP3B", "Kota Serang", "Provinsi Banten"):
        assert name in places, name
    serang = places["Kota Serang"]
    assert (serang.region_code, serang.level, serang.province) == ("36.73", "kota", "Banten")
    assert places["Provinsi Banten"].region_code == "36"


def test_orgs(result):
    orgs = [e.text for e in spans(result, "ORG")]
    assert "Pemerintah Provinsi Banten" in orgs
    assert not any(o in ("OPD", "organisasi perangkat daerah (OPD)", "perangkat daerah") for o in orgs)
