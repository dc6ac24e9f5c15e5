"""The shipped statistical NER (models/beritaner-ner) on modern Indonesian news.

Only clear cases are asserted: a regent's name after ``Bupati X``, a police unit, a
city with its administrative word. Scores on the public test set are in the model card.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from beritaner.evaluation.conll import evaluate_conll, read_conll
from beritaner.tokenizer import NewsTokenizer

MODEL = Path(__file__).resolve().parent.parent / "models" / "beritaner-ner"

@pytest.fixture(scope="module")
def nlp():
    if not (MODEL / "config.cfg").exists():
        pytest.skip("no trained model in models/beritaner-ner (scripts/train.py writes it)")
    return spacy.load(MODEL)


def ents(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_pipeline_is_tok2vec_and_ner_with_news_tokenizer(nlp):
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert isinstance(nlp.tokenizer, NewsTokenizer)
    assert set(nlp.get_pipe("ner").labels) == {"PERSON", "PLACE", "ORG"}
    # the news tokenizer keeps a date in parentheses whole
    assert "19/2/2026" in [t.text for t in nlp("Kamis (19/2/2026)")]


def test_person_after_office_title(nlp):
    found = ents(nlp, "Bupati Sukabumi Asep Japar mengatakan pihaknya akan membantu warga yang rumahnya rusak.")
    assert ("Asep Japar", "PERSON") in found
    found = ents(nlp, "Gubernur Banten Andra Soni meninjau lokasi banjir di Kota Serang, Kamis (19/2/2026).")
    assert ("Andra Soni", "PERSON") in found


def test_police_unit_is_org(nlp):
    found = ents(nlp, "Kapolres Sukabumi AKBP Samian mengatakan Polres Sukabumi telah menahan dua tersangka.")
    assert ("Polres Sukabumi", "ORG") in found


def test_city_is_place(nlp):
    found = ents(nlp, "Ribuan warga memadati Pantai Losari di Kota Makassar, Sulawesi Selatan, pada Minggu pagi.")
    labels = {label for text, label in found if "Makassar" in text}
    assert labels == {"PLACE"}


def test_ministry_is_org_and_person_found(nlp):
    doc = nlp("Menteri Keuangan Sri Mulyani mengatakan Kementerian Keuangan akan menambah anggaran.")
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Sri Mulyani", "PERSON") in found
    assert any(label == "ORG" and "Kementerian Keuangan" in text for text, label in found)


def test_evaluate_conll_on_gold_tokens(nlp, tmp_path):
    conll = tmp_path / "mini.txt"
    conll.write_text(
        "Gubernur\tO\nBanten\tB-PLACE\nAndra\tB-PERSON\nSoni\tI-PERSON\nberkunjung\tO\nke\tO\n"
        "Polres\tB-ORGANISATION\nSukabumi\tI-ORGANISATION\n.\tO\n",
        encoding="utf-8",
    )
    assert [s.tags for s in read_conll(conll)] == [["O", "B-PLACE", "B-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "O"]]
    result = evaluate_conll(nlp, conll, verbose=False)
    assert set(result["per_type"]) == {"PERSON", "PLACE", "ORG"}
    assert 0.0 <= result["f"] <= 1.0
    assert result["words"] == 9


def test_read_conll_idner_layout_and_guidelines(tmp_path):
    idner = tmp_path / "idner.txt"
    idner.write_bytes(
        b"Presiden PROPN B-PER\r\nSBY PROPN I-PER\r\nke ADP O\r\nPemerintah PROPN O\r\n"
        b"Kota PROPN O\r\nBogor PROPN B-LOC\r\nbersama ADP O\r\nPAN PROPN B-ORG\r\n"
        b"Sulawesi PROPN B-LOC\r\nSelatan PROPN I-LOC\r\n\r\n"
    )
    (sent,) = read_conll(idner)
    assert sent.tags == ["O", "B-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG"]
    (raw,) = read_conll(idner, guidelines=False)
    assert raw.tags == ["B-PERSON", "I-PERSON", "O", "O", "O", "B-PLACE", "O", "B-ORG", "B-PLACE", "I-PLACE"]


def test_read_conll_nerp_layout(tmp_path):
    nerp = tmp_path / "nerp.txt"
    nerp.write_text("sementara itu\tO\nbupati\tO\nsleman\tB-PLC\nrapat\tB-EVT\nbakso\tB-FNB\n\n", encoding="utf-8")
    (sent,) = read_conll(nerp)
    assert sent.words == ["sementara", "itu", "bupati", "sleman", "rapat", "bakso"]
    assert sent.tags == ["O", "O", "O", "B-PLACE", "O", "O"]
