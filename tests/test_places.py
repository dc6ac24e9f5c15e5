"""PLACE candidates on news-shaped Indonesian sentences (written for these tests)."""

from __future__ import annotations

import pytest

import beritaner
from beritaner.recognizers.places import PlaceRecognizer


@pytest.fixture(scope="module")
def recognizer() -> PlaceRecognizer:
    return PlaceRecognizer()


@pytest.fixture(scope="module")
def nlp():
    from beritaner import pipeline

    return pipeline.build(model=None)


def found(recognizer: PlaceRecognizer, text: str) -> dict[str, dict]:
    """Every proposed span (as written) -> its attrs plus score."""
    out = {}
    for c in recognizer.find_in_text(text):
        out[text[c.start : c.end]] = dict(c.attrs, score=c.score)
    return out


def resolved_places(nlp, text: str) -> dict[str, dict]:
    doc = nlp(text)
    return {
        text[e["start"] : e["end"]]: e["attrs"]
        for e in doc._.beritaner_entities
        if e["label"] == "PLACE"
    }


# --------------------------------------------------------------------- regions
def test_admin_word_and_region_name(recognizer):
    text = (
        "Bupati Lebak meninjau lokasi banjir di Kecamatan Cibeber, Kab. Lebak, Provinsi "
        "Banten, Senin (3/3/2025), bersama pejabat Kabupaten Bogor dan Kota Serang."
    )
    got = found(recognizer, text)
    assert got["Kab. Lebak"]["region_code"] == "36.02"
    assert got["Kab. Lebak"]["level"] == "kabupaten"
    assert got["Provinsi Banten"]["region_code"] == "36"
    assert got["Provinsi Banten"]["level"] == "provinsi"
    assert got["Kabupaten Bogor"]["region_code"] == "32.01"
    assert got["Kabupaten Bogor"]["province"] == "Jawa Barat"
    assert got["Kota Serang"] == {**got["Kota Serang"], "region_code": "36.73", "level": "kota", "province": "Banten"}
    # three districts are called Cibeber; the article names Lebak, so Lebak's
    cibeber = got["Kecamatan Cibeber"]
    assert cibeber["region_code"] == "36.02.19"
    assert set(cibeber["alternatives"]) == {"32.03.03", "36.72.01"}
    assert all(v["score"] >= 0.9 for k, v in got.items() if k.split()[0] in ("Kab.", "Provinsi", "Kota"))


def test_village_needs_its_admin_word_and_takes_its_district_from_context(recognizer):
    text = "Longsor menimbun dua rumah di Desa Sindulang, Kecamatan Cimanggung, Kabupaten Sumedang."
    got = found(recognizer, text)
    assert got["Desa Sindulang"]["region_code"] == "32.11.14.2004"
    assert got["Desa Sindulang"]["level"] == "desa"
    assert got["Kecamatan Cimanggung"]["region_code"] == "32.11.14"
    # many villages are called Sukamaju: the district named decides
    text = "Warga Desa Sukamaju, Kecamatan Cikembar, Kabupaten Sukabumi, mengungsi."
    assert found(recognizer, text)["Desa Sukamaju"]["region_code"] == "32.02.10.2006"


def test_unplaced_village_keeps_no_code_but_lists_the_readings(recognizer):
    got = found(recognizer, "Bantuan disalurkan ke Desa Sukamaju pekan ini.")
    assert got["Desa Sukamaju"]["region_code"] is None
    assert len(got["Desa Sukamaju"]["alternatives"]) == 10


def test_lowercase_office_word_is_not_part_of_the_place(recognizer):
    got = found(recognizer, "Warga mengadu ke kantor Kecamatan Ciemas, Sukabumi.")
    assert "Kecamatan Ciemas" in got
    assert got["Kecamatan Ciemas"]["region_code"] == "32.02.22"
    assert not any(k.startswith("kantor") for k in got)


def test_bare_provinces_and_cities(recognizer):
    text = "Harga cabai di Banten dan Lampung naik, sedangkan di Surabaya dan Makassar stabil."
    got = found(recognizer, text)
    assert got["Banten"]["region_code"] == "36"
    assert got["Lampung"]["region_code"] == "18"
    assert got["Surabaya"]["region_code"] == "35.78"
    assert got["Makassar"]["level"] == "kota"
    assert all(0.85 <= v["score"] < 0.95 for v in got.values())


def test_serang_is_ambiguous_city_first_unless_the_article_says_otherwise(recognizer):
    got = found(recognizer, "Banjir rob merendam permukiman warga di Serang sejak pagi.")
    assert got["Serang"]["region_code"] == "36.73"
    assert "36.04" in got["Serang"]["alternatives"]
    text = "Pemerintah menyiapkan lahan di Kabupaten Serang. Warga Serang menyambut baik rencana itu."
    got = found(recognizer, text)
    assert got["Serang"]["region_code"] == "36.04"
    assert "36.73" in got["Serang"]["alternatives"]


def test_short_forms_and_variants(recognizer):
    text = "Curah hujan tinggi melanda Jabar, Jateng dan Jatim, juga Lamtim, Jaksel dan Jogja."
    got = found(recognizer, text)
    assert got["Jabar"]["region_code"] == "32"
    assert got["Jateng"]["name"] == "Jawa Tengah"
    assert got["Jatim"]["region_code"] == "35"
    assert got["Lamtim"]["region_code"] == "18.07"
    assert got["Jaksel"]["region_code"] == "31.74"
    assert got["Jogja"]["region_code"] == "34.71"
    got = found(recognizer, "Wisatawan dari NTT dan DKI Jakarta memadati pantai.")
    assert got["NTT"]["region_code"] == "53"
    assert got["DKI Jakarta"]["region_code"] == "31"


def test_alias_in_parentheses_joins_the_span(recognizer):
    text = "Pemerintah Sulawesi Selatan (Sulsel) dan Kabupaten Lampung Barat (Lambar) bekerja sama."
    got = found(recognizer, text)
    assert got["Sulawesi Selatan (Sulsel)"]["aliases"] == ["Sulsel"]
    assert got["Sulawesi Selatan (Sulsel)"]["region_code"] == "73"
    assert got["Kabupaten Lampung Barat (Lambar)"]["aliases"] == ["Lambar"]
    # a parenthesis holding something else stays apart
    got = found(recognizer, "Bandarlampung (ANTARA) - Pemerintah setempat menyiapkan posko.")
    assert "Bandarlampung" in got
    assert got["Bandarlampung"]["region_code"] == "18.71"
    assert not any("ANTARA" in k for k in got)


def test_datelines_in_capitals_and_glued_words(recognizer):
    got = found(recognizer, "SERANG - Pemerintah kota menggelar pasar murah.")
    assert got["SERANG"]["region_code"] == "36.73"
    got = found(recognizer, "TRIBUNPADANG.COM, PADANG - Dinas pendidikan membuka pendaftaran.")
    assert got["PADANG"]["region_code"] == "13.71"
    got = found(recognizer, "Rapat digelar diKota Serang kemarin.")
    assert got["Kota Serang"]["region_code"] == "36.73"
    # a dropped link glued the next name on: the facility stops at the seam
    got = found(recognizer, "Rapat di Pendopo Gubernur BantenAndra Soni mengatakan.")
    assert "Pendopo Gubernur Banten" in got
    assert not any("Andra" in k for k in got)


def test_districts_bare_only_with_support_or_a_cue(recognizer):
    # the article names its regency: certain enough to outrank the model
    got = found(recognizer, "Macet panjang terjadi di Cibinong, Kabupaten Bogor, pagi tadi.")
    assert got["Cibinong"]["region_code"] == "32.01.01"
    assert got["Cibinong"]["level"] == "kecamatan"
    assert got["Cibinong"]["score"] >= 0.85
    # only a locative word: a gap filler below the certainty line
    got = found(recognizer, "Macet panjang terjadi di Cibinong pagi tadi.")
    assert got["Cibinong"]["score"] < 0.85
    # neither: nothing
    assert "Cibinong" not in found(recognizer, "Cibinong macet panjang pagi tadi.")


def test_everyday_word_regions_need_a_locative_word(recognizer):
    assert "Batu" not in found(recognizer, "Batu besar itu menutup jalan desa.")
    got = found(recognizer, "Wisatawan memadati kawasan wisata di Batu, Jawa Timur.")
    assert got["Batu"]["region_code"] == "35.79"
    # the Bogor hills, not Kabupaten Puncak in Papua Tengah: a place, but no code
    got = found(recognizer, "Macet parah terjadi di kawasan Puncak, Bogor, Minggu sore.")
    assert got["Puncak"]["region_code"] is None
    assert got["Puncak"]["alternatives"] == ["94.05"]


# --------------------------------------------------------------------- other places
@pytest.mark.parametrize(
    "name",
    [
        "Pendopo Gubernur Banten",
        "Jalan Raya Serang",
        "RSUD Sekarwangi",
        "Pantai Palangpang",
        "Sungai Ciliwung",
        "Hotel Royal Tulip Gunung Geulis Bogor",
        "Stadion Gelora Bandung Lautan Api",
        "Kantor Bupati Karawang",
        "Alun-alun Kota Serang",
        "Jalan K.H. Hasyim Asyari",
        "RSUD Prof. Dr. W. Z. Johannes Kupang",
    ],
)
def test_facilities(recognizer, name):
    text = f"Kegiatan itu berlangsung di {name}, Kamis (19/2/2026), dan diikuti ratusan warga."
    got = found(recognizer, text)
    assert name in got
    assert got[name]["score"] >= 0.9
    assert got[name]["region_code"] is None


def test_facility_name_stops_at_lowercase_words_dates_and_titles(recognizer):
    got = found(recognizer, "Ia dirawat di RSUD Sekarwangi sejak Senin. Di Jalan Sudirman Bupati Lebak meninjau.")
    assert "RSUD Sekarwangi" in got
    assert "Jalan Sudirman" in got
    assert not any(k.startswith("RSUD Sekarwangi ") or k.startswith("Jalan Sudirman ") for k in got)


def test_countries_foreign_cities_and_landmarks(recognizer):
    text = (
        "Delegasi dari Malaysia, Tiongkok dan Arab Saudi bertemu di Kuala Lumpur, "
        "lalu meninjau kawasan KP3B dan GBK."
    )
    got = found(recognizer, text)
    assert got["Malaysia"]["level"] == "negara"
    assert got["Arab Saudi"]["level"] == "negara"
    assert got["Tiongkok"]["level"] == "negara"
    assert "Kuala Lumpur" in got
    assert "KP3B" in got and "GBK" in got
    assert "Inggris" not in found(recognizer, "Ia fasih bahasa Inggris.")


def test_bare_repeat_of_a_named_village_takes_its_code(recognizer):
    text = (
        "Longsor terjadi di Desa Sindulang, Kecamatan Cimanggung. Hingga sore, warga "
        "Sindulang masih mengungsi ke rumah kerabat."
    )
    got = found(recognizer, text)
    assert got["Sindulang"]["region_code"] == "32.11.14.2004"
    assert got["Sindulang"]["level"] == "desa"


def test_bare_name_follows_the_region_the_article_named(recognizer):
    text = (
        "Banjir rob melanda Kelurahan Tambakrejo, Kecamatan Gayamsari, Kota Semarang. "
        "Warga Tambakrejo mengeluhkan air yang tak kunjung surut."
    )
    got = found(recognizer, text)
    assert got["Tambakrejo"]["region_code"] == got["Kelurahan Tambakrejo"]["region_code"] == "33.74.04.1001"
    assert got["Kelurahan Tambakrejo"]["level"] == got["Tambakrejo"]["level"] == "kelurahan"


def test_a_kelurahan_without_a_code_is_still_no_desa(recognizer):
    got = found(recognizer, "Warga Kelurahan Sukaindah dan Desa Sukaindah Jaya mengungsi.")
    assert got["Kelurahan Sukaindah"]["level"] == "kelurahan"
    assert got["Desa Sukaindah Jaya"]["level"] == "desa"


def test_kampung_in_java_is_a_place_without_a_guessed_code(recognizer):
    got = found(recognizer, "Sementara itu, warga Kampung Pulo di Jakarta Timur terus waspada.")
    assert got["Kampung Pulo"]["region_code"] is None
    assert got["Jakarta Timur"]["region_code"] == "31.75"


def test_headline_capitals_do_not_make_places(recognizer):
    text = "Jembatan Gantung Ambruk, Tiga Desa Terendam di Garut\nGarut - Hujan deras turun."
    got = found(recognizer, text)
    assert "Jembatan Gantung" not in got
    assert not any(k.startswith("Desa") for k in got)
    assert got["Garut"]["region_code"] == "32.05"


def test_area_named_after_a_region_is_one_span_without_a_code(recognizer):
    got = found(recognizer, "Hujan deras mengguyur Garut Selatan dan Malang Raya sejak pagi.")
    assert got["Garut Selatan"]["region_code"] is None
    assert got["Garut Selatan"]["alternatives"] == ["32.05"]
    assert set(got["Malang Raya"]["alternatives"]) == {"35.73", "35.07"}
    assert "Garut" not in got


def test_area_named_after_an_island_or_continent_is_one_span():
    # islands and continents are places outside the regions: their areas too
    got = found(PlaceRecognizer(), "Suara Prabowo-Gibran unggul di Madura Raya, sementara ekspor ke Eropa Timur turun.")
    assert {"Madura Raya", "Eropa Timur"} <= set(got)
    assert "Madura" not in got and "Eropa" not in got
    assert got["Madura Raya"]["region_code"] is None


# --------------------------------------------------------------------- negatives
@pytest.mark.parametrize(
    "text",
    [
        "Gubernur Banten Andra Soni meminta OPD bekerja lebih giat.",  # Soni is a village
        "Semua pihak Harus bekerja sama, katanya.",  # Harus is a village
        "Pendopo itu direnovasi tahun lalu.",  # Pendopo alone (also a district)
        "Gubernur juga memaparkan capaian pembangunan.",
        "Tersangka AS ditahan di rutan.",
        "Kali ini warga tidak mengungsi.",
    ],
)
def test_no_false_places(recognizer, text):
    got = found(recognizer, text)
    for bad in ("Soni", "Andra Soni", "Harus", "Pendopo", "Gubernur", "AS", "Kali"):
        assert bad not in got, (bad, got)


def test_programme_names_after_admin_words_are_not_places(recognizer):
    text = "Penyaluran Dana Desa Tahap II dimulai lewat program Desa Tangguh Bencana dan Kota Layak Anak."
    assert found(recognizer, text) == {}


def test_a_suffix_makes_another_village(recognizer):
    got = found(recognizer, "Air bersih belum sampai ke Desa Cibuntu Wetan dan Dusun Krajan.")
    assert got["Desa Cibuntu Wetan"]["region_code"] is None
    assert got["Desa Cibuntu Wetan"]["name"] == "Cibuntu Wetan"
    assert got["Desa Cibuntu Wetan"]["level"] == "desa"
    assert got["Dusun Krajan"]["name"] == "Krajan"


def test_person_after_village_head_title_is_not_a_place(recognizer):
    got = found(recognizer, "Kepala Desa Budi Santoso mengatakan bantuan sudah diterima.")
    assert got == {}


def test_repeated_unsupported_district_does_not_vouch_for_itself(recognizer):
    text = (
        "Tim berjuluk Laskar Mahesa Jenar menang 2-1. Direktur Utama PT Mahesa Jenar "
        "Semarang mengapresiasi pemain."
    )
    assert "Jenar" not in found(recognizer, text)  # Jenar is a district in Sragen


def test_village_names_are_not_matched_bare_without_context(recognizer):
    got = found(recognizer, "Ketua panitia, Hadi, mengatakan Sukamaju bukan nama orang.")
    assert got == {}


# --------------------------------------------------------------------- pipeline
def test_through_the_pipeline(nlp):
    text = (
        "Gubernur Banten Andra Soni memimpin rapat di Pendopo Gubernur Banten, KP3B, Kota "
        "Serang, Kamis (19/2/2026). Ia memaparkan capaian pembangunan Provinsi Banten "
        "sepanjang 2025.(Hadi)"
    )
    places = resolved_places(nlp, text)
    assert "Pendopo Gubernur Banten" in places
    assert "KP3B" in places
    assert places["Kota Serang"]["region_code"] == "36.73"
    assert places["Kota Serang"]["province"] == "Banten"
    assert places["Provinsi Banten"]["region_code"] == "36"
    assert not any(k in places for k in ("Andra Soni", "Soni", "Hadi", "Gubernur"))


def test_pipeline_records_are_valid_places(nlp):
    from beritaner import api

    if not hasattr(api, "extract"):
        pytest.skip("api.extract not available")
    doc = nlp("Warga Sulawesi Selatan (Sulsel) dan Jakarta menyambut baik.")
    spans = {doc.text[e["start"] : e["end"]] for e in doc._.beritaner_entities if e["label"] == "PLACE"}
    assert "Sulawesi Selatan (Sulsel)" in spans


# ------------------------------------------------ a place name inside a person's name
@pytest.mark.parametrize(
    "sentence, is_place",
    [
        ("RUPSLB mengangkat Arsyadany Ghana Akmalaputri sebagai Direktur Distribusi.", False),
        ("Hadir pula Presiden Ghana John Mahama dalam pertemuan itu.", True),
        ("Pertandingan itu mempertemukan Timnas Ghana melawan Jepang.", True),
    ],
)
def test_a_place_between_two_unknown_name_words_is_part_of_the_name(nlp, sentence, is_place):
    assert ("Ghana" in resolved_places(nlp, sentence)) == is_place


@pytest.mark.parametrize("city", ["Delhi", "Adelaide", "Pudong", "Raudhah"])
def test_foreign_cities_news_names_are_places(nlp, city):
    text = f"Penerbangan dari Jakarta menuju {city} dibatalkan pada Selasa."
    assert city in resolved_places(nlp, text)


def test_the_stops_of_a_flight_route_are_places_with_their_airport_codes(nlp):
    text = ("Penerbangan yang dibatalkan:\n\nIW1901 Kupang (KOE) - Waingapu (WGP)\n"
            "IW1902 Waingapu (WGP) - Kupang (KOE)\n\nBadan Pusat Statistik (BPS) - mencatat kenaikan.")
    places = [(e.text, e.aliases) for e in beritaner.extract(text, nlp=nlp).entities if e.label == "PLACE"]
    assert places == [("Kupang (KOE)", ("KOE",)), ("Waingapu (WGP)", ("WGP",)),
                      ("Waingapu (WGP)", ("WGP",)), ("Kupang (KOE)", ("KOE",))]


@pytest.mark.parametrize("name, code", [("Sumatra Utara", "12"), ("Sumatra Barat", "13"), ("Sumatra Selatan", "16")])
def test_a_province_spelled_sumatra_is_the_kemendagri_sumatera_province(nlp, name, code):
    text = f"Banjir melanda sejumlah daerah di {name} sejak Senin, kata petugas."
    places = {e.text: e.region_code for e in beritaner.extract(text, nlp=nlp).entities if e.label == "PLACE"}
    assert places == {name: code}


def test_continents_and_world_regions_are_places(nlp):
    text = "Perjanjian dagang RI dengan negara-negara Eurasia dan Asia Pasifik segera diteken."
    assert {"Eurasia", "Asia Pasifik"} <= set(resolved_places(nlp, text))


def test_cultural_regions_of_java_are_places_not_people(nlp):
    text = "Suara Prabowo unggul di wilayah Mataraman dan Tapal Kuda, kata Ketua TKN Jatim."
    entities = [(e.label, e.text) for e in beritaner.extract(text, nlp=nlp).entities]
    assert ("PLACE", "Mataraman") in entities and ("PLACE", "Tapal Kuda") in entities


def test_country_acronyms_in_headlines_and_after_the_dollar(nlp):
    # the real-news gold reads ``dolar AS`` as the country (6 of 6 in realdev)
    text = "Ekonomi RI Tumbuh 5 Persen\n\nRupiah melemah ke Rp16.312 per dolar AS pada Selasa. Polisi menahan tersangka RI."
    places = [(e.text, e.start) for e in beritaner.extract(text, nlp=nlp).entities if e.label == "PLACE"]
    assert places == [("RI", 8), ("AS", text.index("AS"))]
