"""Patterns tried only at their opening words find exactly what a full scan finds.

``beritaner.recognizers.openings`` skips every position where none of a pattern's
declared opening words stands. That is only right if the declaration is complete: a
match that begins elsewhere would be lost without a sound. Each declared pattern is run
both ways over our own articles (as written, in capitals, in lowercase, and glued the
way scrapers glue words) and must give the same matches.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import beritaner  # noqa: F401  (imports every recognizer, which declare their patterns)
from beritaner.recognizers import openings

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "devset").glob("*.txt"))

#: sentences that put openings where the scan could miss them
EDGES = [
    "Senin (2/3/2026), Selasa-Rabu, Kamis lalu dan Jum'at pekan depan; 12-13 Maret 2025.",
    "sejak 3 bulan lalu, sepekan lalu, dua tahun lalu, Q1-2025, triwulan III 2024 dan TA 2025.",
    "Pada 2025/2026 tersangka RS (31) ditangkap AKBP Samian dan Pak Andra, ujar H. Andi Soni.",
    "BeritaKamis kemarinSabtu 19/2/2026 Jakarta (ANTARA) - kata Kompas.com dan detikSulsel. (Hadi)",
    "Kepala Daerah se-Jawa-Bali, para kepala OPD, 10102025 dan 2025-02-19 serta 1.2026.",
    "Seorang kurir berinisial F mengantar paket dari pria berinisial AB pada 18 dan 19 Juni.",
    "Dilansir TribunJakarta.com, Tribunnews dan RadarBogor, instansi terkait serta pemerintah daerah bergerak.",
]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES] + EDGES
    return texts + [t.upper() for t in texts] + [t.lower() for t in texts] + [t.replace(" ", "") for t in EDGES]


def test_patterns_are_declared():
    # the date grammar, the negatives, the media and the person patterns declare theirs
    assert len(openings.declared()) >= 14


@pytest.mark.parametrize("pattern", openings.declared(), ids=lambda p: p.pattern[:40])
def test_openings_find_what_a_full_scan_finds(pattern: regex.Pattern):
    texts = _texts()
    assert len(ARTICLES) >= 10
    found = 0
    for text in texts:
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in openings.finditer(pattern, text)] == expected, text[:80]
        found += len(expected)
    assert found > 0, "the pattern matched nothing: the comparison proved nothing"


def test_a_longer_lowercase_falls_back_to_the_full_scan():
    # "İ".lower() is two characters: positions in the lowercased text would shift
    pattern = openings.declare(regex.compile(r"(?<!\w)Senin\b"), ["senin"])
    text = "İstanbul, Senin (2/3)"
    assert [m.span() for m in openings.finditer(pattern, text)] == [(10, 15)]
