"""The DATE recognizer: corpora of positive and negative sentences, normalisation edge
cases, and the component inside the real spaCy pipeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from beritaner.api import extract_many
from beritaner.recognizers.dates import find_dates

CORPORA = Path(__file__).resolve().parent / "corpora"


def _load(name: str) -> dict:
    return yaml.safe_load((CORPORA / name).read_text(encoding="utf-8"))


POSITIVE = _load("dates.yaml")
NEGATIVE = _load("dates_negative.yaml")
REF = dt.date.fromisoformat(POSITIVE["reference_date"])
NEG_REF = dt.date.fromisoformat(NEGATIVE["reference_date"])


def _cases() -> list[dict]:
    out = []
    for group in POSITIVE["groups"]:
        for ex in group["examples"]:
            out.append(
                {
                    "sentence": ex["sentence"],
                    "span": ex["span"],
                    "value": ex.get("value", group["value"]),
                    "grain": ex.get("grain", group["grain"]),
                    "weekday_mismatch": bool(ex.get("weekday_mismatch", False)),
                    "also": ex.get("also", []),
                }
            )
    return out


CASES = _cases()


def _find(sentence: str, span: str) -> tuple[int, int]:
    start = sentence.find(span)
    assert start >= 0, f"corpus error: {span!r} not in {sentence!r}"
    return start, start + len(span)


def _dates(text: str, ref=REF) -> dict[tuple[int, int], dict]:
    return {(c.start, c.end): c.attrs for c in find_dates(text, ref)}


def _one(text: str, ref=REF) -> tuple[str, str | None, str, bool]:
    found = find_dates(text, ref)
    assert len(found) == 1, [(text[c.start : c.end], c.attrs) for c in found]
    c = found[0]
    return text[c.start : c.end], c.attrs["value"], c.attrs["grain"], c.attrs["weekday_mismatch"]


# --- corpora ---------------------------------------------------------------------------


def test_corpus_sizes():
    assert len(CASES) >= 220
    assert len(NEGATIVE["examples"]) >= 70


@pytest.mark.parametrize("case", CASES, ids=[f"{c['span']}|{c['sentence'][:40]}" for c in CASES])
def test_positive_corpus(case):
    sentence = case["sentence"]
    expected = {_find(sentence, case["span"]): case}
    for other in case["also"]:
        expected[_find(sentence, other["span"])] = {"weekday_mismatch": False, **other}
    found = _dates(sentence)
    assert {sentence[s:e] for s, e in found} == {sentence[s:e] for s, e in expected}
    for key, want in expected.items():
        got = found[key]
        assert got["value"] == want["value"], sentence
        assert got["grain"] == want["grain"], sentence
        assert got["weekday_mismatch"] == want["weekday_mismatch"], sentence


@pytest.mark.parametrize("sentence", NEGATIVE["examples"])
def test_negative_corpus(sentence):
    assert [sentence[c.start : c.end] for c in find_dates(sentence, NEG_REF)] == []
    assert [sentence[c.start : c.end] for c in find_dates(sentence, None)] == []


def test_candidates_are_exact_and_well_formed():
    for case in CASES:
        sentence = case["sentence"]
        for c in find_dates(sentence, REF):
            assert 0 <= c.start < c.end <= len(sentence)
            assert c.label == "DATE" and c.source == "dates"
            assert 0.0 <= c.score <= 1.0
            assert set(c.attrs) == {"value", "grain", "weekday_mismatch"}
            assert c.attrs["grain"] in ("day", "week", "month", "quarter", "half", "year", "interval")
            assert sentence[c.start : c.end] == sentence[c.start : c.end].strip()


# --- normalisation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, ref, value",
    [
        # the year nearest the reference date, in the past by default
        ("Rapat itu digelar pada 28 Desember.", "2026-01-05", "2025-12-28"),
        ("Kasus itu dilaporkan pada 2 Januari.", "2026-12-30", "2026-01-02"),
        ("Warga mengungsi sejak 19 Februari.", "2026-02-19", "2026-02-19"),
        # ... in the future when the sentence looks ahead
        ("Pelantikan akan digelar 2 Januari.", "2026-12-30", "2027-01-02"),
        ("Sidang dijadwalkan berlangsung 5 Maret.", "2026-02-19", "2026-03-05"),
        ("Tarif baru berlaku 1 Maret mendatang.", "2026-02-19", "2026-03-01"),
        # a written weekday picks the year in which it fits, within half a year
        ("Tim tiba di lokasi pada Rabu (28/10).", "2027-02-19", "2026-10-28"),
        ("Upacara digelar Selasa (28/10).", "2026-02-19", "2025-10-28"),
        # ... not further: the weekday is wrong (2 January 2027 is a Saturday; 1
        # November 2023 a Wednesday), not the year
        ("Rapat digelar Jumat (2/1).", "2026-12-30", "2027-01-02"),
        ("Rapat digelar Selasa (1/11).", "2023-11-01", "2023-11-01"),
    ],
)
def test_yearless_dates_take_the_nearest_year(text, ref, value):
    assert _one(text, dt.date.fromisoformat(ref))[1] == value


def test_yearless_weekday_that_fits_no_year_is_flagged():
    span, value, grain, mismatch = _one("Tim tiba di lokasi pada Selasa (28/10).", dt.date(2027, 2, 19))
    assert (span, value, grain, mismatch) == ("Selasa (28/10)", "2026-10-28", "day", True)


def test_minggu_lalu_is_last_week_but_minggu_with_a_date_is_sunday():
    assert _one("Harga cabai naik sejak minggu lalu.") == ("minggu lalu", "2026-W07", "week", False)
    assert _one("Lomba digelar Minggu (1/3/2026).") == ("Minggu (1/3/2026)", "2026-03-01", "day", False)
    # 2 March 2026 is a Monday: the written date wins and the mismatch is flagged
    assert _one("Lomba digelar Minggu (2/3/2026).") == ("Minggu (2/3/2026)", "2026-03-02", "day", True)
    assert _one("Jalan santai digelar pada Minggu.") == ("Minggu", "2026-02-15", "day", False)


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Pameran 19-20 Februari 2026 di GOR.", "19-20 Februari 2026", "2026-02-19/2026-02-20"),
        ("Jambore 22 hingga 24 Juli 2025 di Cibubur.", "22 hingga 24 Juli 2025", "2025-07-22/2025-07-24"),
        (
            "Lomba sejak 17 Juli hingga 5 Agustus 2025.",
            "17 Juli hingga 5 Agustus 2025",
            "2025-07-17/2025-08-05",
        ),
        ("Hujan pada Januari-Maret 2026.", "Januari-Maret 2026", "2026-01/2026-03"),
        ("Libur 28 Desember hingga 2 Januari 2026.", "28 Desember hingga 2 Januari 2026", "2025-12-28/2026-01-02"),
        ("Visi periode 2025-2030 disusun.", "2025-2030", "2025/2030"),
        ("PPDB tahun ajaran 2025/2026 dibuka.", "tahun ajaran 2025/2026", "2025/2026"),
        ("Pelatihan Senin-Rabu (16-18/2/2026).", "Senin-Rabu (16-18/2/2026)", "2026-02-16/2026-02-18"),
    ],
)
def test_ranges_are_one_interval_span(text, span, value):
    assert _one(text) == (span, value, "interval", False)


@pytest.mark.parametrize(
    "text, span, value, grain",
    [
        ("Ekonomi tumbuh pada kuartal III-2025.", "kuartal III-2025", "2025-07/2025-09", "quarter"),
        ("Laba naik pada triwulan IV 2025.", "triwulan IV 2025", "2025-10/2025-12", "quarter"),
        ("Penjualan Q2-2026 naik.", "Q2-2026", "2026-04/2026-06", "quarter"),
        ("Target semester I 2026 tercapai.", "semester I 2026", "2026-01/2026-06", "half"),
        ("Kinerja semester kedua tahun lalu membaik.", "semester kedua tahun lalu", "2025-07/2025-12", "half"),
        ("Inflasi kuartal pertama tahun ini terkendali.", "kuartal pertama tahun ini", "2026-01/2026-03", "quarter"),
    ],
)
def test_quarters_and_halves(text, span, value, grain):
    assert _one(text) == (span, value, grain, False)


def test_semester_without_year_is_a_school_term_not_a_date():
    assert find_dates("Mahasiswa semester II wajib mengikuti KKN.", REF) == []


@pytest.mark.parametrize(
    "text, ref, span, value",
    [
        ("Harga naik sejak pekan lalu.", "2026-02-19", "pekan lalu", "2026-W07"),
        ("Harga naik sejak pekan lalu.", "2026-01-02", "pekan lalu", "2025-W52"),
        ("Rapat digelar pekan depan.", "2026-12-31", "pekan depan", "2027-W01"),
        ("Kasus itu muncul dua pekan lalu.", "2026-02-19", "dua pekan lalu", "2026-W06"),
    ],
)
def test_weeks_are_iso_weeks(text, ref, span, value):
    assert _one(text, dt.date.fromisoformat(ref)) == (span, value, "week", False)


@pytest.mark.parametrize(
    "text, span, value, grain",
    [
        ("Proyek rampung awal Maret 2026.", "awal Maret 2026", "2026-03", "month"),
        ("Proyek rampung pertengahan Maret 2026.", "pertengahan Maret 2026", "2026-03", "month"),
        ("Proyek rampung akhir Maret 2026.", "akhir Maret 2026", "2026-03", "month"),
        ("Bendungan selesai akhir 2027.", "akhir 2027", "2027", "year"),
        ("Program dimulai medio 2025.", "medio 2025", "2025", "year"),
        ("Target dicapai akhir tahun ini.", "akhir tahun ini", "2026", "year"),
        ("Gaji dibayar akhir bulan ini.", "akhir bulan ini", "2026-02", "month"),
    ],
)
def test_part_of_period_keeps_the_value_of_the_period(text, span, value, grain):
    assert _one(text) == (span, value, grain, False)


@pytest.mark.parametrize(
    "text, span, value, grain",
    [
        ("Banjir terjadi kemarin.", "kemarin", "2025-12-31", "day"),
        ("Sidang digelar besok.", "besok", "2026-01-02", "day"),
        ("Hari ini rapat digelar.", "Hari ini", "2026-01-01", "day"),
        ("Harga naik bulan lalu.", "bulan lalu", "2025-12", "month"),
        ("Angka itu naik tahun lalu.", "tahun lalu", "2025", "year"),
        ("Pasien dirawat sejak tiga hari yang lalu.", "tiga hari yang lalu", "2025-12-29", "day"),
        ("Ia ditangkap pada Senin lalu.", "Senin lalu", "2025-12-29", "day"),
        ("Ia ditangkap pada Kamis lalu.", "Kamis lalu", "2025-12-25", "day"),
        ("Ia diperiksa pada Kamis.", "Kamis", "2026-01-01", "day"),
        ("Ia akan diperiksa pada Senin.", "Senin", "2026-01-05", "day"),
        ("Ia diperiksa Senin depan.", "Senin depan", "2026-01-05", "day"),
        ("Kasus itu mencuat Desember lalu.", "Desember lalu", "2025-12", "month"),
        ("Tarif naik pada Maret mendatang.", "Maret mendatang", "2026-03", "month"),
    ],
)
def test_relative_expressions_against_the_reference(text, span, value, grain):
    assert _one(text, dt.date(2026, 1, 1)) == (span, value, grain, False)


@pytest.mark.parametrize(
    "text, span, grain",
    [
        ("Banjir terjadi kemarin.", "kemarin", "day"),
        ("Hari ini rapat digelar.", "Hari ini", "day"),
        ("Harga naik sejak pekan lalu.", "pekan lalu", "week"),
        ("Ia ditangkap pada Senin lalu.", "Senin lalu", "day"),
        ("Upacara digelar Selasa (28/10).", "Selasa (28/10)", "day"),
        ("Kasus itu mencuat Juli lalu.", "Juli lalu", "month"),
        ("Anggaran masuk tahun depan.", "tahun depan", "year"),
        ("Inflasi kuartal I tahun ini terkendali.", "kuartal I tahun ini", "quarter"),
        ("Warga berunjuk rasa di Serang, Selasa.", "Selasa", "day"),
        ("Lomba 19-20 Februari digelar.", "19-20 Februari", "interval"),
    ],
)
def test_relative_expressions_without_reference_have_no_value(text, span, grain):
    assert _one(text, None) == (span, None, grain, False)


def test_absolute_dates_keep_their_value_without_reference():
    assert _one("Pelantikan pada Kamis (19/2/2026).", None) == ("Kamis (19/2/2026)", "2026-02-19", "day", False)
    assert _one("Rapat Jumat, 12 Desember 2019.", None) == ("Jumat, 12 Desember 2019", "2019-12-12", "day", True)
    assert _one("Capaian sepanjang 2025 positif.", None) == ("2025", "2025", "year", False)


def test_reference_may_be_an_iso_string_or_datetime():
    assert _one("Banjir terjadi kemarin.", "2026-02-19")[1] == "2026-02-18"
    assert _one("Banjir terjadi kemarin.", dt.datetime(2026, 2, 19, 23, 59))[1] == "2026-02-18"


@pytest.mark.parametrize(
    "text, span",
    [
        ("Rapat digelar Rabu (18/2/2026) malam di aula.", "Rabu (18/2/2026)"),
        ("Apel digelar pada Kamis (19/2/2026) pukul 10.00 WIB.", "Kamis (19/2/2026)"),
        ("Sejak 2025 layanan itu gratis.", "2025"),
        ("Hingga 24 Februari 2026 posko dibuka.", "24 Februari 2026"),
        ("Sepanjang tahun 2025 kasus menurun.", "tahun 2025"),
        ("Pemeriksaan digelar Jumat (28/9) lalu.", "Jumat (28/9) lalu"),
        ("Ia diperiksa Kamis (24/7) kemarin.", "Kamis (24/7) kemarin"),
        ("Pemilihan digelar pada 2027 mendatang.", "2027 mendatang"),
        ("Jembatan itu dibangun 2019 silam.", "2019 silam"),
        ("Dijerat UU Nomor 31 Tahun 1999 tentang Tipikor.", "Tahun 1999"),
        ("Ganda putra menjuarai China Open 2025.", "2025"),
        ("Hasil rapat tanggal 5 Januari 2026 diumumkan.", "tanggal 5 Januari 2026"),
        ("Sidang digelar hari Senin (16/2/2026).", "Senin (16/2/2026)"),  # ANNOTATION: no leading hari
        ("Dana itu dipakai sejak bulan Maret 2025.", "bulan Maret 2025"),
    ],
)
def test_span_boundaries(text, span):
    assert _one(text)[0] == span


@pytest.mark.parametrize(
    "text",
    [
        "Saat ini kasus masih diselidiki.",
        "Kini jalan itu mulus.",
        "Hujan turun sore ini.",
        "Konser digelar malam ini.",
        "Beberapa waktu lalu jembatan itu ambruk.",
        "Ia berusia 45 tahun.",
        "Terdakwa divonis 15 tahun penjara.",
        "Sebanyak 2025 peserta hadir.",
        "Harga naik menjadi Rp2.025 per ons.",
        "Persib menang 2-1.",
        "Apel dimulai pukul 10.05 WIB.",
        "Mobil berpelat B 2025 KZX diamankan.",
        "Warga mengungsi selama dua minggu.",
        "Pasar buka setiap Senin hingga Jumat.",
    ],
)
def test_non_dates(text):
    assert find_dates(text, REF) == []


def test_scraped_mess():
    text = "Baca Juga: Harga Beras NaikKamis (19/2/2026), harga beras ?kemarin? naik, Jum?at (20/2)."
    got = [(text[c.start : c.end], c.attrs["value"]) for c in find_dates(text, REF)]
    assert got == [("Kamis (19/2/2026)", "2026-02-19"), ("kemarin", "2026-02-18"), ("Jum?at (20/2)", "2026-02-20")]
    nbsp = "Rapat digelar Kamis\u00a0(19/2/2026)\u00a0di Serang."
    assert _one(nbsp)[:2] == ("Kamis\u00a0(19/2/2026)", "2026-02-19")


def test_hostile_input_is_handled_and_offsets_stay_exact():
    junk = ("1" * 5000 + " ") * 20 + "(" * 40000 + "Kamis (" * 2000 + "2025 " * 20000 + "tahun " * 5000
    text = junk + "Rapat digelar Kamis (19/2/2026)."
    found = find_dates(text, REF)
    assert found, "the date after the junk must still be found"
    last = found[-1]
    assert text[last.start : last.end] == "Kamis (19/2/2026)"
    assert last.attrs["value"] == "2026-02-19"
    assert all(text[c.start : c.end] in ("Kamis (19/2/2026)",) for c in found)


# --- through the spaCy pipeline -----------------------------------------------------------


def _pipeline_dates(nlp, text: str, ref) -> list[tuple[str, str | None, str | None, bool]]:
    (record,) = extract_many([text], reference_dates=[ref], nlp=nlp)
    return [(d.text, d.value, d.grain, d.weekday_mismatch) for d in record.of("DATE")]


def test_component_is_in_the_pipeline(nlp_rules):
    assert "beritaner_dates" in nlp_rules.pipe_names
    doc = nlp_rules.make_doc("Rapat digelar Kamis (19/2/2026).")
    doc._.reference_date = "2026-02-19"
    doc = nlp_rules.get_pipe("beritaner_dates")(doc)
    cands = doc._.beritaner_candidates
    assert [(c["start"], c["end"], c["label"], c["source"]) for c in cands] == [(14, 31, "DATE", "dates")]


@pytest.mark.parametrize("ref", ["2026-02-19", None])
def test_startup_article_dates(nlp_rules, startup_text, ref):
    got = _pipeline_dates(nlp_rules, startup_text, ref)
    assert got == [
        ("Kamis (19/2/2026)", "2026-02-19", "day", False),
        ("2025", "2025", "year", False),
        ("2026", "2026", "year", False),
    ]
    (record,) = extract_many([startup_text], reference_dates=[ref], nlp=nlp_rules)
    spans = [(d.start, d.end) for d in record.of("DATE")]
    assert spans[1][0] == startup_text.index("sepanjang 2025") + len("sepanjang ")
    assert spans[2][0] == startup_text.index("pada 2026") + len("pada ")


def test_pipeline_resolves_relative_dates_only_with_reference(nlp_rules):
    text = "Kepala BPBD mengatakan, kemarin tim sudah turun ke lokasi dan pekan depan bantuan tiba."
    assert _pipeline_dates(nlp_rules, text, "2026-02-19") == [
        ("kemarin", "2026-02-18", "day", False),
        ("pekan depan", "2026-W09", "week", False),
    ]
    assert _pipeline_dates(nlp_rules, text, None) == [
        ("kemarin", None, "day", False),
        ("pekan depan", None, "week", False),
    ]


def test_pipeline_keeps_weekday_mismatch_and_ranges(nlp_rules):
    text = "Pameran digelar 19-20 Februari 2026, sedangkan rapat evaluasi digelar Kamis (20/2/2026)."
    assert _pipeline_dates(nlp_rules, text, "2026-02-19") == [
        ("19-20 Februari 2026", "2026-02-19/2026-02-20", "interval", False),
        ("Kamis (20/2/2026)", "2026-02-20", "day", True),
    ]


def test_pipeline_positive_corpus_sample(nlp_rules):
    """A slice of the corpus through the whole pipeline: same spans and values."""
    for case in CASES[::7]:
        got = _pipeline_dates(nlp_rules, case["sentence"], REF)
        assert (case["span"], case["value"]) in [(g[0], g[1]) for g in got], (case["sentence"], got)


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Survei digelar pada 3-9 September 2023 di 34 provinsi.", "3-9 September 2023", "2023-09-03/2023-09-09"),
        ("Jemaah tiba di Madinah pada 18 dan 19 Juni.", "18 dan 19 Juni", "2025-06-18/2025-06-19"),
    ],
)
def test_a_day_range_before_a_month_and_coordinated_days(text, span, value):
    from beritaner.recognizers.dates import find_dates

    found = {text[c.start : c.end]: c.attrs["value"] for c in find_dates(text, dt.date(2025, 6, 20))}
    assert found == {span: value}
