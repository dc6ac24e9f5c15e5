"""The news tokenizer: spaCy's Indonesian rules plus what news needs."""

from __future__ import annotations

import time

import pytest

from beritaner import pipeline


@pytest.fixture(scope="module")
def tok():
    return pipeline.blank()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kamis (19/2/2026).", ["Kamis", "(", "19/2/2026", ")", "."]),
        ("Selasa (28/10) lalu", ["Selasa", "(", "28/10", ")", "lalu"]),
        ("di Kab. Lebak dan Kec. Ciemas", ["di", "Kab.", "Lebak", "dan", "Kec.", "Ciemas"]),
        ("Kel. Sukasari, Ds. Cikole, Jl. Sudirman", ["Kel.", "Sukasari", ",", "Ds.", "Cikole", ",", "Jl.", "Sudirman"]),
        ("Prov. Banten", ["Prov.", "Banten"]),
        ("Pj. Gubernur dan Plt. Bupati serta Plh. Sekda", ["Pj.", "Gubernur", "dan", "Plt.", "Bupati", "serta", "Plh.", "Sekda"]),
        ("Ir. Joko dan drg. Ani serta Dr. Budi", ["Ir.", "Joko", "dan", "drg.", "Ani", "serta", "Dr.", "Budi"]),
        ("anggarannya Rp4,5 miliar", ["anggarannya", "Rp", "4,5", "miliar"]),
    ],
)
def test_news_tokens(tok, text, expected):
    assert [t.text for t in tok(text)] == expected


def test_abbreviations_do_not_end_sentences(tok):
    nlp = pipeline.blank()
    nlp.add_pipe("sentencizer")
    doc = nlp("Warga Kab. Lebak dan Jl. Sudirman hadir. Pj. Gubernur datang.")
    assert [s.text for s in doc.sents] == ["Warga Kab. Lebak dan Jl. Sudirman hadir.", "Pj. Gubernur datang."]


@pytest.mark.parametrize("run", ["(" * 40_000, ")" * 5_000 + "Andra", "-" * 100_000])
def test_long_punctuation_runs_are_bounded_and_lossless(tok, run):
    text = f"Bupati Lebak {run} hadir di Rangkasbitung."
    started = time.perf_counter()
    doc = tok(text)
    assert time.perf_counter() - started < 5  # a plain spaCy tokenizer needs minutes
    assert doc.text == text
    assert [t.text for t in doc][:2] == ["Bupati", "Lebak"]
    assert [t.text for t in doc][-3:] == ["di", "Rangkasbitung", "."]


def test_tokenizer_round_trips_through_disk(tmp_path):
    nlp = pipeline.blank()
    nlp.to_disk(tmp_path / "p")
    import spacy

    loaded = spacy.load(tmp_path / "p")
    assert [t.text for t in loaded("Kamis (19/2/2026) di Kab. Bogor")] == [
        "Kamis", "(", "19/2/2026", ")", "di", "Kab.", "Bogor",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Anak-anak bermain", ["Anak-anak", "bermain"]),
        ("anak-anaknya sekolah", ["anak-anaknya", "sekolah"]),
        ("di Bandara Soekarno-Hatta", ["di", "Bandara", "Soekarno-Hatta"]),
        ("skor 2-1 pada 10-12 Februari", ["skor", "2", "-", "1", "pada", "10", "-", "12", "Februari"]),
        ("Jateng-DIY", ["Jateng", "-", "DIY"]),
    ],
)
def test_hyphenated_words_stay_whole(tok, text, expected):
    assert [t.text for t in tok(text)] == expected


@pytest.mark.parametrize("word", ["ANAK-ANAK", "SUNGGUH-SUNGGUH", "DASAR-DASAR", "SIDE-BY-SIDE"])
def test_capitalised_reduplications_stay_whole_without_special_cases(tok, word):
    """spaCy's exceptions list these in capitals; token_match keeps them whole instead of
    3,893 special cases (start-up time), in context as well."""
    from beritaner.tokenizer import capitals_kept_whole, news_rules
    from spacy.lang.id import Indonesian

    exceptions = Indonesian.Defaults.tokenizer_exceptions
    assert word in capitals_kept_whole(exceptions) and word not in news_rules(exceptions)
    assert [t.text for t in tok(f"JUDUL ({word}), kata {word}.")] == [
        "JUDUL", "(", word, ")", ",", "kata", word, ".",
    ]


def test_words_outside_the_list_still_split(tok):
    assert [t.text for t in tok("TNI-POLRI siaga")] == ["TNI", "-", "POLRI", "siaga"]
