"""The public API: records, errors on bad input, offsets, long and hostile texts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import beritaner
from beritaner import Extraction
from beritaner.api import chunk_bounds

ARTICLE = (
    "Bupati Lebak Hasbi Jayabaya meninjau banjir di Kecamatan Cipanas, Kabupaten Lebak, "
    "Senin (3/3/2025). \"Kami sudah siapkan posko,\" kata Hasbi. Kapolres Lebak AKBP "
    "Rizky Pratama menambahkan, tersangka RS ditangkap kemarin.\n(Rina)"
)


def check_offsets(text: str, result: Extraction) -> None:
    previous_end = 0
    for entity in result.entities:
        assert text[entity.start : entity.end] == entity.text
        assert entity.start >= previous_end, "entities overlap or are unsorted"
        previous_end = entity.end


def test_extract_returns_typed_records(nlp):
    result = beritaner.extract(ARTICLE, reference_date="2025-03-04", nlp=nlp)
    assert isinstance(result, Extraction)
    assert result.reference_date == "2025-03-04"
    check_offsets(ARTICLE, result)
    labels = {e.label for e in result.entities}
    assert {"PERSON", "DATE"} <= labels
    persons = {e.text for e in result.of("PERSON")}
    assert "RS" in persons and "Rina" in persons
    ranked = [e for e in result.of("PERSON") if e.rank == "AKBP"]
    assert ranked and ranked[0].text.startswith("Rizky")


def test_records_are_frozen_and_serialise(nlp):
    result = beritaner.extract(ARTICLE, reference_date=dt.date(2025, 3, 4), nlp=nlp)
    with pytest.raises(Exception):
        result.entities[0].start = 3  # type: ignore[misc]
    wire = result.model_dump(mode="json")
    assert json.loads(json.dumps(wire)) == wire
    assert Extraction.model_validate(wire) == result
    schema = Extraction.model_json_schema()
    assert {"Person", "Office", "Place", "Org", "Date"} <= set(schema["$defs"])


@pytest.mark.parametrize("bad", [b"Gubernur Banten", 42, None, ["teks"]])
def test_non_str_input_is_a_type_error_naming_the_type(nlp, bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        beritaner.extract(bad, nlp=nlp)  # type: ignore[arg-type]


@pytest.mark.parametrize("empty", ["", "   ", "\n\n\t "])
def test_empty_text_gives_an_empty_extraction(nlp, empty):
    result = beritaner.extract(empty, reference_date="2026-02-19", nlp=nlp)
    assert result.entities == () and result.persons == ()
    assert result.reference_date == "2026-02-19"


@pytest.mark.parametrize("bad_date", ["19/2/2026", "2026-02-30", "kemarin", "2026-2-19x"])
def test_malformed_reference_date_is_a_value_error_quoting_it(nlp, bad_date):
    with pytest.raises(ValueError, match=repr(bad_date).replace("(", r"\(")):
        beritaner.extract("Kamis (19/2/2026)", reference_date=bad_date, nlp=nlp)


def test_extract_many_keeps_order_and_empty_texts(nlp):
    texts = ["Tersangka AB ditangkap.", "", "Pak Joko datang.", "   "]
    results = list(beritaner.extract_many(texts, ids=["a", "b", "c", "d"], nlp=nlp))
    assert [r.id for r in results] == ["a", "b", "c", "d"]
    assert [e.text for e in results[0].of("PERSON")] == ["AB"]
    assert results[1].entities == () and results[3].entities == ()
    assert "Joko" in [e.text for e in results[2].of("PERSON")]


def test_extract_many_matches_extract(nlp):
    texts = [ARTICLE, "Tersangka AB ditangkap di Kota Serang, Kamis (19/2/2026).", ARTICLE[:120]]
    single = [beritaner.extract(t, reference_date="2025-03-04", nlp=nlp) for t in texts]
    many = list(beritaner.extract_many(texts, reference_dates="2025-03-04", batch_size=2, nlp=nlp))
    assert many == single


def test_chunk_bounds_cover_text_and_prefer_paragraphs():
    text = ("Paragraf satu tentang Bupati Lebak.\n" * 50) + ("kata " * 500)
    bounds = chunk_bounds(text, limit=300)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(end - start <= 300 for start, end in bounds)
    assert text[bounds[0][1] - 1] == "\n"


def test_long_document_offsets_index_the_whole_text(nlp, monkeypatch):
    from beritaner import api

    monkeypatch.setattr(api, "CHUNK_CHARS", 2_000)
    paragraph = "Tersangka RS ditangkap di Kabupaten Lebak pada Senin (3/3/2025) malam.\n"
    text = paragraph * 200  # 14k characters, seven chunks
    result = beritaner.extract(text, nlp=nlp)
    check_offsets(text, result)
    initials = [e for e in result.of("PERSON") if e.text == "RS"]
    assert len(initials) == 200


def test_the_records_of_a_long_text_do_not_depend_on_how_its_pieces_are_batched(nlp, monkeypatch):
    from beritaner import api

    monkeypatch.setattr(api, "CHUNK_CHARS", 2_000)
    paragraph = "Bupati Lebak Hasbi Jayabaya meninjau banjir di Kecamatan Cipanas, Senin (3/3/2025).\n"
    text = paragraph * 120  # about 10k characters, five pieces
    monkeypatch.setattr(api, "BATCH_CHARS", 1_000_000)
    whole = beritaner.extract(text, nlp=nlp)
    monkeypatch.setattr(api, "BATCH_CHARS", 2_500)  # one piece per batch
    one_by_one = beritaner.extract(text, nlp=nlp)
    assert len(whole.entities) == 120 * 4  # office, person, place, date
    assert one_by_one.model_dump() == whole.model_dump()


def test_hostile_punctuation_runs(nlp):
    text = "Bupati Lebak hadir " + "(" * 40_000 + " tersangka AB ditangkap."
    result = beritaner.extract(text, nlp=nlp)
    check_offsets(text, result)
    assert [e.text for e in result.of("PERSON")][-1] == "AB"


NEWSY = st.lists(
    st.sampled_from(list("aAbBdDgGkKsSnN ()/.,-:?\"'\n0123456789") + [
        "Bupati ", "Gubernur ", "Kota ", "Kamis ", "(19/2/2026)", "Februari ", "2025 ", "AKBP ",
        "H. ", "tersangka ", "Kabupaten ", "Lebak ", "Andra ", "Soni ", "kemarin ", "Pemkab ",
    ]),
    max_size=80,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=NEWSY)
def test_offsets_no_overlap_and_determinism(nlp, text):
    first = beritaner.extract(text, reference_date="2026-02-19", nlp=nlp)
    check_offsets(text, first)
    assert beritaner.extract(text, reference_date="2026-02-19", nlp=nlp) == first


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200).filter(lambda t: not any(0xD800 <= ord(c) <= 0xDFFF for c in t)))
def test_arbitrary_unicode_never_crashes(nlp, text):
    check_offsets(text, beritaner.extract(text, nlp=nlp))


@pytest.mark.parametrize("reference_date, empty", [("9999-12-31", "besok"), ("0001-01-01", "kemarin")])
def test_reference_dates_at_the_calendars_edge(nlp, reference_date, empty):
    result = beritaner.extract("Rapat digelar besok, bukan kemarin.", reference_date=reference_date, nlp=nlp)
    values = {e.text: e.value for e in result.of("DATE")}
    assert set(values) == {"besok", "kemarin"}
    assert values[empty] is None  # beyond the calendar: no value rather than a crash
    assert all(v is None or v.startswith(reference_date[:4]) for v in values.values())
