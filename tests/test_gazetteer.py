"""The generated Kemendagri gazetteer: reproducible, complete, and looked up right."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from beritaner import gazetteer
from beritaner.lang.id import places as lang

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
WILAYAH = SHARED / "wilayah" / "wilayah.sql"
VOCAB = SHARED / "nlp-id-postag" / "dataset_postag.txt"
DATA = ROOT / "src" / "beritaner" / "data"
FILES = ("regions.tsv.gz", "villages.tsv.gz")


@pytest.mark.skipif(
    not (WILAYAH.exists() and VOCAB.exists()),
    reason="../shared/data (wilayah.sql and the nlp-id POS corpus) is not available here",
)
def test_committed_data_matches_a_fresh_build(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    counts = build.generate(WILAYAH, VOCAB, tmp_path)
    assert counts == {"provinsi": 38, "kabupaten": 416, "kota": 98, "kecamatan": 7285, "desa": 83762}
    for name in FILES:
        fresh = (tmp_path / name).read_bytes()
        committed = (DATA / name).read_bytes()
        assert fresh == committed, f"{name} differs from a fresh build: rerun scripts/build_gazetteer.py"


def test_generated_files_name_their_source_and_command():
    for name in FILES:
        with gzip.open(DATA / name, "rt", encoding="utf-8") as f:
            header = [next(f) for _ in range(3)]
        text = "".join(header)
        assert "cahyadsn/wilayah @b7ad440" in text
        assert "300.2.2-2138/2025" in text


def test_counts_per_level():
    assert len(gazetteer.regions("provinsi")) == 38
    assert len(gazetteer.regions("kabupaten")) + len(gazetteer.regions("kota")) == 514
    assert len(gazetteer.regions("kecamatan")) == 7285
    assert len(gazetteer.data().villages()) > 50_000  # distinct village names


@pytest.mark.parametrize(
    ("code", "name", "level", "province"),
    [
        ("36", "Banten", "provinsi", "Banten"),
        ("36.73", "Kota Serang", "kota", "Banten"),
        ("36.04", "Kabupaten Serang", "kabupaten", "Banten"),
        ("32.01", "Kabupaten Bogor", "kabupaten", "Jawa Barat"),
        ("18.71", "Kota Bandar Lampung", "kota", "Lampung"),
        ("32.02.22", "Ciemas", "kecamatan", "Jawa Barat"),
        ("31.72", "Kota Administrasi Jakarta Utara", "kota", "Daerah Khusus Ibukota Jakarta"),
    ],
)
def test_known_codes(code, name, level, province):
    assert gazetteer.region(code) == gazetteer.Region(code, name, level, province)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Kota Serang", "36.73"),
        ("Kab. Serang", "36.04"),
        ("Kabupaten Serang", "36.04"),
        ("Serang", "36.73"),  # a bare town name means the city first
        ("Provinsi Banten", "36"),
        ("Prov. Banten", "36"),
        ("BANTEN", "36"),
        ("Bandarlampung", "18.71"),
        ("Bandar  Lampung", "18.71"),
        ("Jogja", "34.71"),
        ("Yogyakarta", "34.71"),
        ("DIY", "34"),
        ("Jakarta", "31"),
        ("Jaksel", "31.74"),
        ("Jabar", "32"),
        ("Lamtim", "18.07"),
        ("Bau-Bau", "74.72"),
        ("Pematang Siantar", "12.72"),
        ("Bengkulu", "17"),  # exactly a province's name: the province
        ("Kecamatan Ciemas", "32.02.22"),
        ("Kota Jantho", "11.06.15"),  # a district whose name starts with Kota
    ],
)
def test_lookup_first_reading(written, code):
    assert gazetteer.lookup(written)[0].code == code


def test_lookup_lists_every_reading_most_likely_first():
    codes = [r.code for r in gazetteer.lookup("Serang")]
    assert codes[:2] == ["36.73", "36.04"]
    assert [r.code for r in gazetteer.lookup("Serang", level="kabupaten")] == ["36.04"]
    assert [r.code for r in gazetteer.lookup("Yogyakarta")][:2] == ["34.71", "34"]


def test_villages_only_when_asked_or_nothing_else_matches():
    assert gazetteer.lookup("Soni")[0].level == "desa"  # the trap: a village is called Soni
    assert all(r.level in ("desa", "kelurahan") for r in gazetteer.lookup("Desa Sukamaju"))
    assert len(gazetteer.lookup("Desa Sukamaju")) > 10
    assert gazetteer.lookup("Desa Sindulang")[0].code == "32.11.14.2004"
    assert gazetteer.lookup("Tidak Ada Namanya") == []


def test_kelurahan_and_desa_are_told_apart_by_their_code():
    # Kemendagri numbers a kecamatan's kelurahan from 1001, its desa from 2001
    assert gazetteer.region("36.73.01.1002") == gazetteer.Region(
        "36.73.01.1002", "Cipare", "kelurahan", "Banten")
    assert gazetteer.region("32.11.14.2004").level == "desa"
    assert gazetteer.village_level("51.08.06.1020") == "kelurahan"


def test_every_short_form_and_variant_names_a_region():
    names = {r.name for r in gazetteer.regions()}
    for table in (lang.PROVINCE_SHORT_FORMS, lang.REGENCY_SHORT_FORMS, lang.REGION_VARIANTS):
        for short, target in table.items():
            assert target in names, (short, target)


def test_region_dataclass_is_frozen_and_knows_its_parent():
    r = gazetteer.region("36.73")
    with pytest.raises(AttributeError):
        r.code = "x"  # type: ignore[misc]
    assert r.parent_code == "36"
    assert r.bare_name == "Serang"
    assert gazetteer.region("36").parent_code is None
