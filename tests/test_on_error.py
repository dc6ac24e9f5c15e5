"""Nothing lost: a text that cannot be processed fails alone, in every mode of
``extract_many`` (raise, skip, record), serially and on worker processes; lone
surrogates are processed with offsets into the caller's string."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import beritaner
from beritaner import pipeline

#: A text holding this word makes the test component below raise, standing for any
#: component that fails on one text (a bug, a date out of range).
TRIGGER = "MELEDAK"

GOOD = (
    "Bupati Lebak Hasbi Jayabaya meninjau banjir di Kecamatan Cipanas, Senin (3/3/2025).",
    "Kapolres Serang AKBP Yudha Satria mengatakan tersangka RS ditangkap di Kota Serang.",
    "Wali Kota Bogor Dedie A Rachim membuka pasar murah di Balai Kota Bogor kemarin.",
    "Gubernur Banten Andra Soni memimpin rapat di Pendopo Gubernur Banten, KP3B.",
    "",
    "   \n\n ",
    "Ketua DPRD Lampung Ahmad Giri Akbar menerima aspirasi warga Bandarlampung.",
)


@Language.component("beritaner_test_explodes")
def _explodes(doc):
    if TRIGGER in doc.text:
        raise RuntimeError(f"component failed on {doc.text[:30]!r}")
    return doc


@pytest.fixture(scope="module")
def fragile_nlp():
    """The shipped pipeline plus a component that fails on texts with TRIGGER."""
    nlp = pipeline.build("default")
    nlp.add_pipe("beritaner_test_explodes", after="ner")
    return nlp


def _alone(nlp, text, ref="2025-03-04", doc_id=None):
    return beritaner.extract(text, reference_date=ref, id=doc_id, nlp=nlp)


# Hostile documents, each (text, reference_date) and the error it must give.
HOSTILE = {
    "not a string": (12345, "2025-03-04", "TypeError"),
    "None": (None, "2025-03-04", "TypeError"),
    "bytes": (b"Bupati Lebak", "2025-03-04", "TypeError"),
    "bad date": ("Senin (3/3/2025) di Serang.", "3 Maret 2025", "ValueError"),
    "date type": ("Senin (3/3/2025) di Serang.", 20250304, "TypeError"),
    "component fails": (f"Warga Desa Sukamaju {TRIGGER} petasan, Senin.", "2025-03-04", "RuntimeError"),
}


def test_on_error_must_be_known(nlp):
    with pytest.raises(ValueError, match="on_error must be one of raise, skip, record"):
        list(beritaner.extract_many(["Jakarta"], nlp=nlp, on_error="ignore"))


def test_record_keeps_every_good_text_whole(fragile_nlp):
    texts = [GOOD[0], 12345, GOOD[1], f"Polisi {TRIGGER} gudang di Cilegon.", GOOD[2]]
    refs = ["2025-03-04", "2025-03-04", "bukan tanggal", "2025-03-04", "2025-03-04"]
    results = list(beritaner.extract_many(
        texts, reference_dates=refs, ids=list("abcde"), nlp=fragile_nlp, on_error="record"))
    assert [r.id for r in results] == list("abcde")
    assert results[0] == _alone(fragile_nlp, GOOD[0], doc_id="a")
    assert results[4] == _alone(fragile_nlp, GOOD[2], doc_id="e")
    assert results[1].error == "TypeError: text must be str, not int"
    assert results[2].error.startswith("ValueError: reference_date must be an ISO date")
    assert results[3].error.startswith("RuntimeError: component failed on 'Polisi MELEDAK")
    assert all(r.entities == () and r.persons == () for r in results[1:4])
    assert results[3].reference_date == "2025-03-04"  # what could be read is kept
    assert all(r.error is None for r in (results[0], results[4]))


def test_skip_leaves_out_only_the_failed(fragile_nlp):
    texts = [GOOD[3], f"{TRIGGER}", None, GOOD[6]]
    results = list(beritaner.extract_many(
        texts, reference_dates="2025-03-04", ids=["a", "b", "c", "d"], nlp=fragile_nlp,
        on_error="skip"))
    assert [r.id for r in results] == ["a", "d"]
    assert results[1] == _alone(fragile_nlp, GOOD[6], doc_id="d")


def test_raise_comes_after_every_earlier_text(fragile_nlp):
    # batch_size 16: the failing text shares its nlp.pipe batch with the texts around it
    texts = [GOOD[0], GOOD[1], f"Gudang {TRIGGER} di Cilegon.", GOOD[2]]
    stream = beritaner.extract_many(texts, reference_dates="2025-03-04", nlp=fragile_nlp)
    assert next(stream) == _alone(fragile_nlp, GOOD[0])
    assert next(stream) == _alone(fragile_nlp, GOOD[1])
    with pytest.raises(RuntimeError, match="component failed"):
        next(stream)


def test_a_failing_input_iterable_still_returns_what_it_gave(nlp):
    def texts():
        yield GOOD[0]
        yield GOOD[1]
        raise OSError("the feed broke")

    got = []
    with pytest.raises(OSError, match="the feed broke"):
        for result in beritaner.extract_many(texts(), reference_dates="2025-03-04", nlp=nlp):
            got.append(result)
    assert got == [_alone(nlp, GOOD[0]), _alone(nlp, GOOD[1])]


def test_lengths_that_differ_are_an_error_not_a_silent_cut(nlp):
    with pytest.raises(ValueError, match="same length"):
        list(beritaner.extract_many(GOOD[:3], ids=["a", "b"], nlp=nlp))
    with pytest.raises(ValueError, match="same length"):
        list(beritaner.extract_many(GOOD[:2], reference_dates=["2025-03-04"] * 3, nlp=nlp))


def test_lone_surrogate_is_processed_with_offsets_into_the_callers_string(nlp):
    text = "Gubernur Banten Andra \udc80 Soni meninjau Kota Serang, Kamis (19/2/2026)."
    result = beritaner.extract(text, nlp=nlp)
    labels = {(e.label, e.text) for e in result.entities}
    assert ("OFFICE", "Gubernur Banten") in labels and ("PLACE", "Kota Serang") in labels
    for e in result.entities:
        assert e.text == text[e.start:e.end].replace("\udc80", "\ufffd")
    assert result.model_dump_json()  # no surrogate reaches the wire format
    assert beritaner.extract(text.replace("\udc80", "\ufffd"), nlp=nlp) == result


def test_worker_processes_keep_the_other_texts(fragile_nlp):
    texts = [GOOD[0], f"{TRIGGER} di Cilegon", GOOD[1], 7, GOOD[2]]
    results = list(beritaner.extract_many(
        texts, reference_dates="2025-03-04", nlp=fragile_nlp, n_process=2, batch_size=2,
        on_error="record"))
    assert len(results) == 5
    assert [r.error is None for r in results] == [True, False, True, False, True]
    for index in (0, 2, 4):
        assert results[index] == _alone(fragile_nlp, texts[index])


@st.composite
def mixed_documents(draw):
    kinds = draw(st.lists(
        st.one_of(st.sampled_from(GOOD), st.sampled_from(sorted(HOSTILE)),
                  st.text(max_size=60)),
        min_size=1, max_size=24))
    return kinds


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=mixed_documents(), batch_size=st.integers(1, 8), mode=st.sampled_from(["record", "skip"]))
def test_mixed_batches_lose_no_good_document(fragile_nlp, items, batch_size, mode):
    texts, refs, expected_errors = [], [], []
    for item in items:
        if item in HOSTILE:
            text, ref, error = HOSTILE[item]
        else:  # our good articles, and arbitrary text (surrogates included): never an error
            text, ref, error = item, "2025-03-04", None
            if TRIGGER in text:
                error = "RuntimeError"
        texts.append(text)
        refs.append(ref)
        expected_errors.append(error)
    ids = [str(i) for i in range(len(texts))]
    results = list(beritaner.extract_many(
        texts, reference_dates=refs, ids=ids, nlp=fragile_nlp, batch_size=batch_size,
        on_error=mode))
    kept = [i for i, e in enumerate(expected_errors) if mode == "record" or e is None]
    assert [r.id for r in results] == [ids[i] for i in kept]
    for result, i in zip(results, kept):
        if expected_errors[i] is None:
            assert result == _alone(fragile_nlp, texts[i], refs[i], ids[i])
        else:
            assert result.error.startswith(expected_errors[i] + ":") and result.entities == ()
