"""Every gold article in seeds/ and devset/ is valid against its text, and the
validator really catches the mistakes it is meant to catch."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from beritaner.evaluation.gold import SpecError, build, gold_files, load_gold, load_region_codes, validate

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIRS = [ROOT / "seeds", ROOT / "devset"]
FILES = gold_files(GOLD_DIRS)
WILAYAH = ROOT.parent / "shared" / "data" / "wilayah" / "wilayah.sql"


@pytest.fixture(scope="module")
def region_codes():
    return load_region_codes(WILAYAH) if WILAYAH.exists() else None


def test_there_are_gold_files():
    assert len(gold_files([ROOT / "seeds"])) >= 5


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_gold_file_is_valid(path, region_codes):
    text, gold = load_gold(path)
    problems = validate(text, gold, name=path.stem, region_codes=region_codes)
    assert gold["id"] == path.stem
    assert problems == []


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_gold_json_matches_its_spec(path):
    ann = path.with_suffix(".ann")
    if not ann.exists():
        pytest.skip("no .ann spec")
    _, rebuilt = build(ann)
    _, gold = load_gold(path)
    assert rebuilt == gold, f"stale JSON: run scripts/gold.py build {ann.relative_to(ROOT)}"


# ---------------------------------------------------------------- the validator itself

TEXT = "Gubernur Banten Andra Soni memimpin rapat di Kota Serang, Kamis (19/2/2026)."
GOOD = {
    "id": "x",
    "reference_date": "2026-02-19",
    "style": "regional",
    "entities": [
        {"label": "OFFICE", "start": 0, "end": 15, "text": "Gubernur Banten", "holder": "Andra Soni"},
        {"label": "PERSON", "start": 16, "end": 26, "text": "Andra Soni"},
        {"label": "PLACE", "start": 45, "end": 56, "text": "Kota Serang", "region_code": "36.73"},
        {"label": "DATE", "start": 58, "end": 75, "text": "Kamis (19/2/2026)", "value": "2026-02-19"},
    ],
}


def test_gold_fields_follow_the_records():
    from beritaner.evaluation.gold import LABELS as GOLD_LABELS, RECORD_FIELDS
    from beritaner.records import LABELS, RECORD_TYPES

    assert GOLD_LABELS == LABELS
    for label in LABELS:
        assert RECORD_FIELDS[label] == set(RECORD_TYPES[label].model_fields) - {"text", "start", "end", "score", "source", "label"}


def test_good_record_has_no_problems():
    assert validate(TEXT, GOOD) == []


def _broken(index, **changes):
    gold = copy.deepcopy(GOOD)
    gold["entities"][index].update(changes)
    for key, value in changes.items():
        if value is KeyError:
            del gold["entities"][index][key]
    return gold


@pytest.mark.parametrize(
    "gold, expected",
    [
        (_broken(1, start=17), "is 'ndra Soni'"),
        (_broken(1, label="NAME"), "label 'NAME'"),
        (_broken(3, value=KeyError), "must have a 'value' key"),
        (_broken(0, holder=KeyError), "must have a 'holder' key"),
        (_broken(3, value="19-02-2026"), "not ISO 8601"),
        (_broken(3, value="2026-02-30"), "not ISO 8601"),
        (_broken(3, value="2026-02-18"), "disagrees with value"),
        (_broken(2, region_code="36-73"), "not a Kemendagri code"),
        (_broken(0, holder="Andra Sonni"), "does not occur in the text"),
        (_broken(0, colour="red"), "unknown field"),
        (_broken(1, start=10, end=20, text=TEXT[10:20]), "overlaps previous"),
    ],
)
def test_validator_catches(gold, expected):
    problems = validate(TEXT, gold)
    assert any(expected in p for p in problems), problems


def test_validator_catches_unsorted():
    gold = copy.deepcopy(GOOD)
    gold["entities"].reverse()
    assert any("not sorted" in p for p in validate(TEXT, gold))


def test_unknown_region_code(region_codes):
    if region_codes is None:
        pytest.skip("no Kemendagri list here")
    gold = _broken(2, region_code="36.99")
    assert any("not in the Kemendagri list" in p for p in validate(TEXT, gold, region_codes=region_codes))


def test_build_finds_repeated_mentions_in_order(tmp_path):
    (tmp_path / "a.txt").write_text("Bupati Bone bertemu Bupati Bone lagi di Bone, kata Bupati.", encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "# reference_date=2025-03-01 style=antara\n"
        "OFFICE\tBupati Bone\tholder=null\n"
        "OFFICE\tBupati Bone\n"
        "PLACE\tBone\tregion_code=73.08\n"
        "OFFICE\tBupati\t\n",
        encoding="utf-8",
    )
    _, gold = build(tmp_path / "a.ann")
    starts = [e["start"] for e in gold["entities"]]
    assert starts == [0, 20, 40, 51]
    assert gold["reference_date"] == "2025-03-01" and gold["style"] == "antara"
    assert gold["entities"][1]["holder"] is None


def test_build_at_n_and_word_boundaries(tmp_path):
    (tmp_path / "b.txt").write_text("Bonebone Bone Bone kepadadetikSulsel", encoding="utf-8")
    (tmp_path / "b.ann").write_text("PLACE\tBone\t@2\nORG\tdetikSulsel\tglued\n", encoding="utf-8")
    _, gold = build(tmp_path / "b.ann")
    assert [e["start"] for e in gold["entities"]] == [14, 25]


def test_build_reports_file_and_line(tmp_path):
    (tmp_path / "c.txt").write_text("Wali Kota Bogor", encoding="utf-8")
    (tmp_path / "c.ann").write_text("# reference_date=2025-01-01\n\nOFFICE\tWali Kota Bekasi\n", encoding="utf-8")
    with pytest.raises(SpecError, match=r"c\.ann:3: OFFICE 'Wali Kota Bekasi' not found"):
        build(tmp_path / "c.ann")
