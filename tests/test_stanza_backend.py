"""The stanza backend: stanza tokenizes and tags names, beritaner's components run on top.

Skipped when stanza is not installed (``pip install torch==2.13.0`` then
``pip install -e ".[stanza]"``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("stanza")

import beritaner  # noqa: E402
from beritaner.backends.stanza import default_model_dir, doc_from_offsets, token_spans  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
STARTUP_ARTICLE = ROOT.parent / "shared" / "seeds" / "000_529a9b6d9556c938.txt"

pytestmark = pytest.mark.skipif(
    not (default_model_dir() / "id_beritaner_nertagger.pt").exists(),
    reason="stanza models not found in models/stanza (scripts/train_stanza.py)",
)


@pytest.fixture(scope="module")
def nlp():
    return beritaner.load(backend="stanza")


def assert_offsets(text, result):
    for e in result.entities:
        assert text[e.start : e.end] == e.text, e


def test_cached_per_backend(nlp):
    assert beritaner.load(backend="stanza") is nlp
    assert beritaner.load() is not nlp
    assert nlp.pipe_names[-2:] == ["beritaner_resolver", "beritaner_linker"]


@pytest.mark.parametrize(
    "text",
    [
        "Gubernur Jawa Tengah Ahmad Luthfi meninjau banjir di Demak, Sabtu (17/1/2026).",
        "  Bupati   Sleman\tHarda Kiswaya\n\nmembuka pasar murah.\r\nBaca juga:  ",
        "Kapolres Sukabumi AKBP Samian (kanan) didampingi Wakapolres\u00a0Kompol Dedi 🙂.",
        "",
        " \n ",
    ],
)
def test_doc_text_is_the_input(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text
    for ent in doc.ents:  # stanza's own entities sit on the text they name
        assert text[ent.start_char : ent.end_char] == ent.text


def test_alignment_keeps_gaps_and_skipped_text():
    import spacy

    vocab = spacy.blank("id").vocab
    text = "Andra  Soni,\n\tdi Serang"
    doc = doc_from_offsets(vocab, text, [(0, 5), (7, 11), (11, 12), (15, 17)], {0})
    assert doc.text == text
    assert [t.text for t in doc][:4] == ["Andra", " ", "Soni", ","]
    assert doc[-1].text == "Serang"  # not a token of the tokenizer, kept as one


def test_bioes_tags_to_spans():
    tags = ["S-PERSON", "O", "B-ORG", "I-ORG", "E-ORG", "I-PLACE", "E-PLACE", "B-PERSON"]
    assert token_spans(tags) == [(0, 1, "PERSON"), (2, 5, "ORG"), (5, 7, "PLACE"), (7, 8, "PERSON")]


@pytest.mark.skipif(not STARTUP_ARTICLE.exists(), reason="start-up article not in ../shared/seeds")
def test_startup_article(nlp):
    text = STARTUP_ARTICLE.read_text(encoding="utf-8")
    result = beritaner.extract(text, backend="stanza", reference_date="2026-02-19")
    assert_offsets(text, result)
    people = [(e.start, e.end) for e in result.entities if e.label == "PERSON" and e.text == "Andra Soni"]
    mentions = []
    start = text.find("Andra Soni")
    while start != -1:
        mentions.append((start, start + len("Andra Soni")))
        start = text.find("Andra Soni", start + 1)
    assert len(mentions) >= 3
    assert people == mentions
    dates = {e.text: e.value for e in result.entities if e.label == "DATE"}
    assert dates.get("Kamis (19/2/2026)") == "2026-02-19"
    assert ("OFFICE", "Gubernur Banten") in {(e.label, e.text) for e in result.entities}


def test_sentences_of_regional_news(nlp):
    texts = [
        "Wali Kota Surabaya Eri Cahyadi meninjau lokasi banjir di Kecamatan Tambaksari pada "
        "Selasa (13/1/2026). Ia meminta Dinas Sumber Daya Air dan Bina Marga segera "
        "mengeruk saluran yang tersumbat.",
        "Kejaksaan Negeri Deli Serdang menahan dua tersangka korupsi dana desa, kata Kepala "
        "Seksi Intelijen Kejari Deli Serdang, Boy Amali, di Lubuk Pakam, Rabu (14/1/2026).",
    ]
    first, second = beritaner.extract_many(texts, backend="stanza", reference_dates="2026-01-15")
    for text, result in zip(texts, (first, second)):
        assert_offsets(text, result)
    found = {(e.label, e.text) for e in first.entities}
    assert ("PERSON", "Eri Cahyadi") in found
    assert ("DATE", "Selasa (13/1/2026)") in found
    assert any(e.label == "OFFICE" and e.text.startswith("Wali Kota Surabaya") for e in first.entities)
    found = {(e.label, e.text) for e in second.entities}
    assert ("PERSON", "Boy Amali") in found
    assert ("DATE", "Rabu (14/1/2026)") in found
    assert any(e.label == "ORG" and e.text.startswith("Kejaksaan Negeri Deli Serdang") for e in second.entities)
    assert {e.value for e in second.entities if e.label == "DATE"} == {"2026-01-14"}


def test_same_components_as_the_spacy_backend(nlp):
    spacy_nlp = beritaner.load()
    assert nlp.pipe_names == [n for n in spacy_nlp.pipe_names if n not in ("tok2vec", "ner")]


def test_stanza_ner_itself_tags_names(nlp):
    """The tokenizer's Doc carries stanza's own entities, before any knowledge."""
    doc = nlp.make_doc("Menurut Eri Cahyadi, Pemerintah Kota Surabaya akan membangun rumah pompa di Tambaksari.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Eri Cahyadi", "PERSON") in ents
    assert all(label in ("PERSON", "PLACE", "ORG") for _, label in ents)
