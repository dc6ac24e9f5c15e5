"""The helpers with which scripts/train.py turns real-news gold into training chunks."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import train  # noqa: E402

from beritaner.pipeline import blank  # noqa: E402


def test_hold_out_ranges_keep_prefix_and_width():
    assert train.parse_ids("rn098-rn101, rn007") == {"rn098", "rn099", "rn100", "rn101", "rn007"}


def test_a_copy_of_a_test_story_is_found_by_its_shingles():
    story = (
        "Gubernur Banten Andra Soni memimpin rapat pimpinan organisasi perangkat daerah di Pendopo "
        "Gubernur Banten, KP3B, Kota Serang, Kamis (19/2/2026), dan meminta semua dinas bekerja cepat."
    )
    other = "Bupati Lebak Hasbi Asyidiki Jayabaya meresmikan jembatan gantung di Kecamatan Cibeber, Senin pagi."
    found = train.near_copies({"a": story + " Tambahan kalimat penutup.", "b": other}, {"t": story})
    assert found == {"a": "t"}


def test_chunks_end_at_line_breaks_and_never_inside_an_entity():
    text = (
        "Kapolres Serang AKBP Condro Sasongko memimpin apel di Mapolres Serang.\n\n"
        + "Warga Desa Sukamaju datang sejak pagi . " * 12
        + "Setelah itu Wakil Ketua DPRD Banten Budi Prajogo hadir."
    )
    doc = blank().make_doc(text)
    name = doc.char_span(text.index("Condro"), text.index("Condro") + len("Condro Sasongko"), label="PERSON")
    last = text.rindex("Budi Prajogo")
    late = doc.char_span(last, last + len("Budi Prajogo"), label="PERSON")
    office = doc.char_span(text.index("Kapolres"), text.index("Kapolres") + len("Kapolres Serang"), label="OFFICE")
    doc.set_ents([name, late], missing=[office], default="outside")
    chunks = train.gold_chunks(doc)
    assert len(chunks) >= 3
    assert chunks[0].text.startswith("Kapolres Serang") and "\n" in chunks[0].text
    assert [e.text for c in chunks for e in c.ents] == ["Condro Sasongko", "Budi Prajogo"]
    assert [t.ent_iob_ for t in chunks[0][:2]] == ["", ""]  # the office stays missing
    assert "".join(c.text_with_ws for c in chunks) == text
