"""docs/annotation.md stays in step with the guidelines the work is judged by."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = ROOT / "docs" / "annotation.md"
GUIDELINES = ROOT.parent / "shared" / "ANNOTATION.md"


def headings(path: Path) -> list[str]:
    return [m.group(1).split("(")[0].strip().upper()
            for m in re.finditer(r"^## (.+)$", path.read_text(encoding="utf-8"), re.M)]


def test_our_summary_covers_every_label_and_quotes():
    ours = headings(OURS)
    for section in ("PERSON", "OFFICE", "PLACE", "ORG", "DATE", "DECISIONS ON HARD CASES", "QUOTES"):
        assert section in ours


@pytest.mark.skipif(not GUIDELINES.exists(), reason="the judging guidelines (../shared/ANNOTATION.md) are not in this checkout")
def test_every_section_of_the_guidelines_has_a_section_here():
    assert set(headings(GUIDELINES)) <= set(headings(OURS))


@pytest.mark.skipif(not GUIDELINES.exists(), reason="the judging guidelines (../shared/ANNOTATION.md) are not in this checkout")
def test_every_code_example_of_the_rules_we_implement_is_named_in_words():
    # the cue words and administrative words the guidelines list appear in our summary too
    guide = GUIDELINES.read_text(encoding="utf-8")
    ours = OURS.read_text(encoding="utf-8")
    for word in ("mengatakan", "menurut", "Kabupaten", "Kelurahan", "tanggal", "mantan", "Plt."):
        assert word in guide and word in ours, word
