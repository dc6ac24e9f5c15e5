"""OFFICE recognizer: titles with their jurisdiction, on Indonesian news sentences.

Tables: (sentence, the span expected, fields expected). Negatives list sentences in
which a given text must not be an OFFICE. Each runs on the recognizer alone (what it
proposes) and, where the resolver matters, through ``pipeline.build(model=None)``.
"""

from __future__ import annotations

import pytest

import beritaner

from beritaner.candidates import entities_of
from beritaner.lang.id import offices as L
from beritaner.pipeline import blank
from beritaner.recognizers.offices import OfficeRecognizer

_NLP = blank()
_REC = OfficeRecognizer()


def offices(text: str) -> dict[str, dict]:
    """Proposed OFFICE spans (text → attrs, with the score under ``_score``)."""
    out = {}
    for c in _REC.find(_NLP(text)):
        assert c.label == "OFFICE" and c.source == "offices"
        assert text[c.start : c.end] == text[c.start : c.end].strip()
        out[text[c.start : c.end]] = {**c.attrs, "_score": c.score}
    return out


# --------------------------------------------------------------------------- positives
POSITIVES = [
    # regional heads: the jurisdiction stops before the holder's name
    ("Gubernur Lampung Rahmat Mirzani Djausal meresmikan jembatan itu.", "Gubernur Lampung",
     {"title": "Gubernur", "jurisdiction": "Lampung"}),
    ("Gubernur Jawa Timur Khofifah Indar Parawansa hadir.", "Gubernur Jawa Timur",
     {"title": "Gubernur", "jurisdiction": "Jawa Timur"}),
    ("Bupati Cianjur Mohammad Wahyu Ferdian meninjau lokasi.", "Bupati Cianjur",
     {"title": "Bupati", "jurisdiction": "Cianjur"}),
    ("Wakil Bupati Lombok Tengah Nursiah menghadiri rapat.", "Wakil Bupati Lombok Tengah",
     {"title": "Wakil Bupati", "jurisdiction": "Lombok Tengah"}),
    ("Wali Kota Bandar Lampung Eva Dwiana meminta warga waspada.", "Wali Kota Bandar Lampung",
     {"title": "Wali Kota", "jurisdiction": "Bandar Lampung"}),
    ("Walkot Medan Rico Waas menegaskan hal itu.", "Walkot Medan",
     {"title": "Wali Kota", "jurisdiction": "Medan"}),
    ("Wabup Garut Putri Karlina membuka acara.", "Wabup Garut",
     {"title": "Wakil Bupati", "jurisdiction": "Garut"}),
    ("Wagub Jabar Erwan Setiawan meninjau pasar.", "Wagub Jabar",
     {"title": "Wakil Gubernur", "jurisdiction": "Jabar"}),
    ("Sekda Kabupaten Bogor Ajat Rochmat Jatnika memimpin apel.", "Sekda Kabupaten Bogor",
     {"title": "Sekretaris Daerah", "jurisdiction": "Kabupaten Bogor"}),
    ("Camat Cibinong Ahmad Fauzi meninjau banjir.", "Camat Cibinong",
     {"title": "Camat", "jurisdiction": "Cibinong"}),
    # police and military
    ("Kapolres Sukabumi AKBP Samian mengatakan pelaku sudah ditahan.", "Kapolres Sukabumi",
     {"title": "Kapolres", "jurisdiction": "Sukabumi"}),
    ("Kapolda Jatim Irjen Nanang Avianto memimpin apel.", "Kapolda Jatim",
     {"title": "Kapolda", "jurisdiction": "Jatim"}),
    ("Kapolda Metro Jaya Irjen Asep Edi Suheri menjelaskan.", "Kapolda Metro Jaya",
     {"title": "Kapolda", "jurisdiction": "Metro Jaya"}),
    ("Dandim 0621/Kabupaten Bogor Letkol Inf Hadi hadir.", "Dandim 0621/Kabupaten Bogor",
     {"title": "Dandim"}),
    ("Pangdam III/Siliwangi Mayjen TNI Dadang Arif meninjau.", "Pangdam III/Siliwangi",
     {"title": "Pangdam"}),
    ("Kasat Reskrim Polres Garut AKP Joko Prihatin menjelaskan.", "Kasat Reskrim Polres Garut",
     {"title": "Kasat Reskrim", "jurisdiction": "Polres Garut"}),
    ("Kasatlantas Polres Bogor AKP Rizky mengimbau pengendara.", "Kasatlantas Polres Bogor",
     {"title": "Kasat Lantas", "jurisdiction": "Polres Bogor"}),
    # prosecutors and courts
    ("Kajati Lampung Danang Suryo Wibowo menyampaikan.", "Kajati Lampung",
     {"title": "Kajati", "jurisdiction": "Lampung"}),
    ("Kepala Kejaksaan Negeri (Kajari) Cirebon Hari Wibowo mengatakan.",
     "Kepala Kejaksaan Negeri (Kajari) Cirebon", {"title": "Kajari", "jurisdiction": "Cirebon"}),
    ("Ketua Pengadilan Negeri Yogyakarta menolak gugatan itu.",
     "Ketua Pengadilan Negeri Yogyakarta", {"title": "Ketua", "jurisdiction": "Pengadilan Negeri Yogyakarta"}),
    # organisation titles: the organisation is the jurisdiction
    ("Ketua DPRD Bantaeng Hamsyah Ahmad menerima aspirasi.", "Ketua DPRD Bantaeng",
     {"title": "Ketua", "jurisdiction": "DPRD Bantaeng"}),
    ("Anggota DPRD Provinsi Lampung Budi Santoso mengkritik.", "Anggota DPRD Provinsi Lampung",
     {"title": "Anggota", "jurisdiction": "DPRD Provinsi Lampung"}),
    ("Kepala Dinas Kesehatan Kabupaten Bogor dr. Fusia Meidiawaty mengimbau warga.",
     "Kepala Dinas Kesehatan Kabupaten Bogor",
     {"title": "Kepala Dinas", "jurisdiction": "Dinas Kesehatan Kabupaten Bogor"}),
    ("Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Bogor Ajat hadir.",
     "Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Bogor",
     {"title": "Kepala Badan"}),
    ("Kadis Pendidikan Sumbar Yulianto menjelaskan jadwal.", "Kadis Pendidikan Sumbar",
     {"title": "Kepala Dinas", "jurisdiction": "Dinas Pendidikan Sumbar"}),
    ("Kepala Pelaksana BPBD Kabupaten Cianjur Asep Sudrajat mengatakan.",
     "Kepala Pelaksana BPBD Kabupaten Cianjur",
     {"title": "Kepala Pelaksana", "jurisdiction": "BPBD Kabupaten Cianjur"}),
    ("Direktur Utama PT KAI Bobby Rasyidin meninjau stasiun.", "Direktur Utama PT KAI",
     {"title": "Direktur Utama", "jurisdiction": "PT KAI"}),
    ("Dirut Pertamina Simon Aloysius Mantiri hadir.", "Dirut Pertamina",
     {"title": "Direktur Utama", "jurisdiction": "Pertamina"}),
    ("Ketua Umum Partai Golkar Bahlil Lahadalia menyampaikan pidato.", "Ketua Umum Partai Golkar",
     {"title": "Ketua Umum", "jurisdiction": "Partai Golkar"}),
    ("Sekjen PDI Perjuangan Hasto Kristiyanto hadir.", "Sekjen PDI Perjuangan",
     {"title": "Sekretaris Jenderal", "jurisdiction": "PDI Perjuangan"}),
    ("Rektor Unila Lusmeilia Afriani melantik pejabat baru.", "Rektor Unila",
     {"title": "Rektor", "jurisdiction": "Unila"}),
    ("Ketua KPK Setyo Budiyanto menegaskan komitmennya.", "Ketua KPK",
     {"title": "Ketua", "jurisdiction": "KPK"}),
    ("Kepala BNPB Suharyanto meninjau pengungsian.", "Kepala BNPB",
     {"title": "Kepala", "jurisdiction": "BNPB"}),
    ("Anggota Komisi IV DPR RI Daniel Johan mengkritik impor beras.", "Anggota Komisi IV DPR RI",
     {"title": "Anggota", "jurisdiction": "Komisi IV DPR RI"}),
    # ministers: title with portfolio, jurisdiction the ministry
    ("Menteri Dalam Negeri Tito Karnavian memberi arahan.", "Menteri Dalam Negeri",
     {"title": "Menteri Dalam Negeri", "jurisdiction": "Kementerian Dalam Negeri"}),
    ("Menteri Agama (Menag) Nasaruddin Umar menyampaikan.", "Menteri Agama (Menag)",
     {"title": "Menteri Agama", "aliases": ["Menag"]}),
    ("Mendagri menerbitkan surat edaran kepada kepala daerah.", "Mendagri",
     {"title": "Menteri Dalam Negeri", "jurisdiction": "Kementerian Dalam Negeri"}),
    ("Wamendagri Bima Arya Sugiarto meninjau lokasi.", "Wamendagri",
     {"title": "Wakil Menteri Dalam Negeri"}),
    ("Menkeu Purbaya Yudhi Sadewa menjelaskan APBN.", "Menkeu", {"title": "Menteri Keuangan"}),
    ("Menko PMK Pratikno meninjau sekolah.", "Menko PMK",
     {"title": "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan"}),
    ("Menteri Koordinator Bidang Pangan Zulkifli Hasan menyampaikan.",
     "Menteri Koordinator Bidang Pangan", {"jurisdiction": "Kementerian Koordinator Bidang Pangan"}),
    # national titles
    ("Presiden Prabowo Subianto meresmikan bendungan.", "Presiden", {"title": "Presiden"}),
    ("Kapolri Jenderal Listyo Sigit Prabowo memimpin upacara.", "Kapolri",
     {"title": "Kapolri", "jurisdiction": "Polri"}),
    ("Panglima TNI Jenderal Agus Subiyanto hadir.", "Panglima TNI", {"title": "Panglima TNI"}),
    ("Presiden Amerika Serikat Donald Trump menelepon.", "Presiden Amerika Serikat",
     {"title": "Presiden", "jurisdiction": "Amerika Serikat"}),
    ("Perdana Menteri Jepang Shigeru Ishiba bertemu Prabowo.", "Perdana Menteri Jepang",
     {"title": "Perdana Menteri", "jurisdiction": "Jepang"}),
    # units, classes and ranked deputies
    ("Danramil 0621-01/Cibinong Kapten Inf Budi hadir.", "Danramil 0621-01/Cibinong", {"title": "Danramil"}),
    ("Kalapas Kelas IIA Cibinong Wahyu meninjau blok hunian.", "Kalapas Kelas IIA Cibinong",
     {"title": "Kalapas"}),
    ("Wakil Ketua II DPRD Kabupaten Bogor Agus hadir.", "Wakil Ketua II DPRD Kabupaten Bogor",
     {"title": "Wakil Ketua II", "jurisdiction": "DPRD Kabupaten Bogor"}),
    ("Wakil Rektor I Unila Heryandi membuka acara.", "Wakil Rektor I Unila", {"title": "Wakil Rektor I"}),
    ("Kepala Puskesmas Cibinong dr Ani mengimbau warga.", "Kepala Puskesmas Cibinong",
     {"jurisdiction": "Puskesmas Cibinong"}),
    ("Ketua Fraksi Gerindra DPRD Jabar Budi menolak.", "Ketua Fraksi Gerindra DPRD Jabar",
     {"title": "Ketua", "jurisdiction": "Fraksi Gerindra DPRD Jabar"}),
    ("Deputi Bidang Pemasaran Kementerian Pariwisata Ni Made hadir.",
     "Deputi Bidang Pemasaran Kementerian Pariwisata",
     {"title": "Deputi Bidang Pemasaran", "jurisdiction": "Kementerian Pariwisata"}),
    ("Asisten Pidana Khusus (Aspidsus) Kejati Riau Andi menjelaskan.",
     "Asisten Pidana Khusus (Aspidsus) Kejati Riau", {"jurisdiction": "Kejati Riau"}),
    ("Kapolsek Kebayoran Baru Kompol Budi mengatakan.", "Kapolsek Kebayoran Baru",
     {"title": "Kapolsek", "jurisdiction": "Kebayoran Baru"}),
    ("Kepala Desa Sukamaju Ahmad menyambut tamu.", "Kepala Desa Sukamaju",
     {"title": "Kepala Desa", "jurisdiction": "Sukamaju"}),
    ("Wali Kota Jakarta Selatan Munjirin hadir.", "Wali Kota Jakarta Selatan",
     {"jurisdiction": "Jakarta Selatan"}),
    ("GUBERNUR BANTEN ANDRA SONI MENINJAU BANJIR", "GUBERNUR BANTEN", {"title": "Gubernur"}),
    ("CEO PT Sampoerna Gold Indonesia John Aryananda berkata.", "CEO PT Sampoerna Gold Indonesia",
     {"title": "CEO"}),
    ("Dirut Perum Bulog Budi Waseso menambah stok.", "Dirut Perum Bulog", {"jurisdiction": "Perum Bulog"}),
    ("kata anggota DPRD Kota Ambon Umar kepada wartawan.", "anggota DPRD Kota Ambon",
     {"title": "Anggota"}),
    ("Dirjen Pajak Kemenkeu Bimo Wijayanto menjelaskan.", "Dirjen Pajak Kemenkeu",
     {"title": "Direktur Jenderal Pajak", "jurisdiction": "Kemenkeu"}),
    ("Direktur Operasional PT KAI Budi meninjau.", "Direktur Operasional PT KAI",
     {"title": "Direktur Operasional"}),
    ("Kabag Prokopim Setda Kabupaten Bogor Andi menjelaskan.", "Kabag Prokopim Setda Kabupaten Bogor",
     {"title": "Kabag Prokopim", "jurisdiction": "Setda Kabupaten Bogor"}),
    ("Anggota Fraksi PKS DPRD Jabar Iwan mengkritik.", "Anggota Fraksi PKS DPRD Jabar",
     {"title": "Anggota"}),
    # no LAW label: the office inside a law's name is tagged on its own
    ("Tarif naik sesuai keputusan Menteri Pekerjaan Umum (PU) Nomor 412/KPTS/M/2025.",
     "Menteri Pekerjaan Umum (PU)", {"jurisdiction": "Kementerian Pekerjaan Umum"}),
    ("Hal itu diatur dalam Peraturan Menteri Perhubungan Nomor 12 Tahun 2019.",
     "Menteri Perhubungan", {"title": "Menteri Perhubungan"}),
]  # fmt: skip


@pytest.mark.parametrize("text,span,fields", POSITIVES)
def test_office_span_and_fields(text, span, fields):
    found = offices(text)
    assert span in found, f"{span!r} not in {sorted(found)}"
    for key, value in fields.items():
        assert found[span][key] == value, (key, found[span])
    assert found[span]["_score"] >= 0.85


ACTING_AND_FLAGS = [
    ("Plt. Bupati Pati Risma Ardhi Chandra menjelaskan.", "Plt. Bupati Pati", "acting"),
    ("Pj Gubernur Papua Agus Fatoni hadir.", "Pj Gubernur Papua", "acting"),
    ("Pelaksana Tugas (Plt) Kepala Dinas Sosial Kota Bekasi hadir.",
     "Pelaksana Tugas (Plt) Kepala Dinas Sosial Kota Bekasi", "acting"),
    ("Ia bertemu mantan Gubernur Jawa Barat Ridwan Kamil.", "Gubernur Jawa Barat", "former"),
    ("Penyidik memeriksa eks-Kapolres Ngada itu.", "Kapolres Ngada", "former"),
    ("Debat diikuti calon Bupati Bogor nomor urut satu.", "Bupati Bogor", "candidate"),
    ("Cagub Jakarta itu berkampanye di Cilincing.", "Cagub Jakarta", "candidate"),
]  # fmt: skip


@pytest.mark.parametrize("text,span,flag", ACTING_AND_FLAGS)
def test_acting_inside_and_flags_outside(text, span, flag):
    found = offices(text)
    assert span in found, sorted(found)
    assert found[span][flag] is True
    for other in {"acting", "former", "candidate"} - {flag}:
        assert found[span][other] is False


# --------------------------------------------------------------------------- negatives
NEGATIVES = [
    ("Rapat itu dihadiri para menteri kabinet.", "menteri"),
    ("Tiga gubernur menolak usulan tersebut.", "gubernur"),
    ("Seluruh kepala daerah wajib hadir.", "kepala daerah"),
    ("Seluruh kepala dinas diminta hadir.", "kepala dinas"),
    ("Rakor diikuti Bupati/Wali Kota se-Jawa Barat.", "Bupati"),
    ("Ia memimpin rapat bersama para camat dan kepala desa.", "camat"),
    ("Jaksa penuntut umum menuntut terdakwa lima tahun penjara.", "Jaksa"),
    ("Majelis hakim menolak eksepsi terdakwa.", "hakim"),
    ("Ketua Majelis Hakim Budi Santoso membacakan vonis.", "Ketua Majelis Hakim"),
    ("Kantor Bupati Karawang dijaga ketat aparat.", "Bupati Karawang"),
    ("Acara digelar di Pendopo Gubernur Banten, Serang.", "Gubernur Banten"),
    ("Ketua RT 05 melaporkan kejadian itu.", "Ketua RT"),
    ("Juru bicara tim itu menolak berkomentar.", "Juru bicara"),
    ("Seorang anggota Polres Bogor ditangkap.", "anggota Polres Bogor"),
    ("Ia maju dalam pemilihan wali kota Bogor tahun depan.", "wali kota Bogor"),
    ("Pilkada Bupati Garut diikuti tiga pasangan.", "Bupati Garut"),
]  # fmt: skip


@pytest.mark.parametrize("text,not_span", NEGATIVES)
def test_not_an_office(text, not_span):
    found = offices(text)
    assert not any(not_span in span or span in not_span for span in found), sorted(found)


def test_generic_titles_are_not_offices():
    for phrase in L.GENERIC_TITLES:
        found = offices(f"Rapat itu diikuti {phrase} dari berbagai wilayah.")
        assert not found, (phrase, found)


def test_roles_are_not_titles():
    for role in L.NOT_OFFICES:
        found = offices(f"Sidang itu menghadirkan {role} dari Jakarta.")
        assert not found, (role, found)


# --------------------------------------------------------------------------- bare titles
def test_bare_title_after_full_mention_is_certain_and_inherits_jurisdiction():
    text = (
        "Gubernur Sumatera Selatan Herman Deru membuka rapat. "
        "Dalam kesempatan itu Gubernur juga meminta bupati bekerja cepat."
    )
    found = _REC.find(_NLP(text))
    bare = [c for c in found if text[c.start : c.end] == "Gubernur"]
    assert len(bare) == 1
    assert bare[0].score >= 0.85
    assert bare[0].attrs["jurisdiction"] == "Sumatera Selatan"


def test_bare_single_post_without_full_mention_fills_gaps_only():
    found = offices("Kapolres mengatakan pelaku masih diburu.")
    assert "Kapolres" in found and found["Kapolres"]["_score"] < 0.85


def test_lowercase_title_in_speech_is_an_office_below_certain():
    text = "Bupati Sleman Harda Kiswaya meninjau. Jalan itu segera diperbaiki, kata bupati."
    found = _REC.find(_NLP(text))
    lower = [c for c in found if text[c.start : c.end] == "bupati"]
    assert len(lower) == 1 and lower[0].score < 0.85
    assert lower[0].attrs["title"] == "Bupati"


def test_lowercase_title_in_a_list_of_kinds_is_not_an_office():
    text = "Bupati Sleman Harda Kiswaya hadir. Rapat bersama gubernur, bupati, dan wali kota digelar."
    found = offices(text)
    assert "bupati" not in found and "gubernur" not in found


def test_member_of_the_council_called_dewan_fills_gaps():
    found = offices("DPRD Garut menggelar rapat. Hal itu disampaikan anggota Dewan Budi.")
    assert "anggota Dewan" in found and found["anggota Dewan"]["_score"] < 0.85


def test_office_in_parentheses_after_a_name():
    found = offices("Budi (Kepala Diskominfo Sleman) menjelaskan aplikasi itu.")
    assert "Kepala Diskominfo Sleman" in found
    assert found["Kepala Diskominfo Sleman"]["jurisdiction"] == "Diskominfo Sleman"


def test_offices_do_not_overlap_each_other():
    text = "Menteri Koordinator Bidang Perekonomian Airlangga Hartarto dan Wakil Ketua Komisi XI DPR RI hadir."
    found = sorted((c.start, c.end) for c in _REC.find(_NLP(text)))
    assert all(a[1] <= b[0] for a, b in zip(found, found[1:])), found


def test_bare_generic_title_is_not_proposed():
    assert "Ketua" not in offices("Ketua mengatakan rapat ditunda.")
    assert "Kepala" not in offices("Kepala mengatakan rapat ditunda.")


def test_plural_use_elsewhere_blocks_bare_mentions():
    text = "Bupati meminta para camat turun ke lapangan. Camat jangan menunggu laporan."
    assert "Camat" not in offices(text)


# --------------------------------------------------------------------------- pipeline
def _ents(nlp, text):
    doc = nlp(text)
    return [(text[e.start : e.end], e.label) for e in entities_of(doc)]


def test_pipeline_keeps_office_outermost_and_person_outside(nlp_rules):
    text = "Kepala Dinas Kesehatan Kabupaten Bogor dr. Fusia Meidiawaty mengimbau warga."
    ents = _ents(nlp_rules, text)
    assert ("Kepala Dinas Kesehatan Kabupaten Bogor", "OFFICE") in ents
    assert not any(label in ("ORG", "PLACE") and "Bogor" in span for span, label in ents)


def test_pipeline_building_is_not_an_office(nlp_rules):
    text = "Rapat pimpinan digelar di Pendopo Gubernur Banten, Kota Serang."
    ents = _ents(nlp_rules, text)
    assert ("Gubernur Banten", "OFFICE") not in ents


def test_startup_article(nlp_rules, startup_text):
    doc = nlp_rules(startup_text)
    ents = entities_of(doc)
    off = [e for e in ents if e.label == "OFFICE"]
    first = off[0]
    assert startup_text[first.start : first.end] == "Gubernur Banten"
    assert first.attrs["title"] == "Gubernur" and first.attrs["jurisdiction"] == "Banten"
    bare = [e for e in off if startup_text[e.start : e.end] == "Gubernur"]
    assert bare, "the later bare 'Gubernur' names the same post"
    pendopo = startup_text.index("Pendopo Gubernur Banten")
    assert not any(e.start <= pendopo + 8 < e.end for e in off)


def test_scores_follow_the_contract():
    found = offices("Gubernur Banten Andra Soni dan Presiden Prabowo bertemu Mendagri.")
    assert found["Gubernur Banten"]["_score"] >= 0.9
    assert 0.85 <= found["Presiden"]["_score"] < 0.9
    assert 0.85 <= found["Mendagri"]["_score"]


def test_attrs_are_plain_json():
    import json

    for c in _REC.find(_NLP("Plt. Kepala Dinas Kesehatan Kabupaten Bogor (Dinkes) hadir.")):
        json.dumps(c.attrs)
        assert set(c.attrs) == {"title", "jurisdiction", "acting", "former", "candidate", "aliases"}


def test_a_board_post_without_the_company_name_is_an_office(nlp):
    text = ("RUPS PT Semen Padang menetapkan susunan direksi baru. Budi Santoso sebagai Direktur "
            "Utama, Ani Lestari sebagai Direktur SDM dan Umum, Rudi Hartono sebagai Direktur "
            "Transformasi Bisnis. Direktur Pemasaran kini menjadi Direktur Supply Chain.")
    offices = [(e.text, e.holder) for e in beritaner.extract(text, nlp=nlp).entities if e.label == "OFFICE"]
    assert ("Direktur Utama", "Budi Santoso") in offices
    assert ("Direktur SDM dan Umum", "Ani Lestari") in offices
    assert ("Direktur Transformasi Bisnis", "Rudi Hartono") in offices
    assert {"Direktur Pemasaran", "Direktur Supply Chain"} <= {o for o, _ in offices}


def test_a_state_company_s_full_legal_form_is_part_of_its_name(nlp):
    text = ("Keputusan itu ditandatangani Direktur Utama Perusahaan Perseroan (Persero) PT "
            "Danantara Asset Management selaku pemegang saham.")
    entities = [(e.label, e.text) for e in beritaner.extract(text, nlp=nlp).entities]
    assert entities == [("OFFICE", "Direktur Utama Perusahaan Perseroan (Persero) PT Danantara Asset Management")]


def test_a_campaign_team_s_officer_is_not_part_of_the_team(nlp):
    text = "Ketua TPN Ganjar Presiden Arsjad Rasjid menyampaikan pengumuman itu di Jakarta."
    offices = [(e.text, e.holder) for e in beritaner.extract(text, nlp=nlp).entities if e.label == "OFFICE"]
    assert offices == [("Ketua TPN Ganjar Presiden", "Arsjad Rasjid")]


def test_the_number_of_a_law_after_an_office_is_no_person():
    text = "Evaluasi tarif mengacu pada Peraturan Menteri PU Nomor 16 Tahun 2014 tentang jalan tol."
    result = beritaner.extract(text)
    assert [(e.label, e.text) for e in result.entities if e.label == "OFFICE"] == [("OFFICE", "Menteri PU")]
    assert not [e for e in result.entities if e.label == "PERSON"]


UNLISTED_BODIES = [
    # a body the knowledge does not list, between a title and its named holder
    ("CEO Sinar Tani Nusantara, Rudi Hartono, menjelaskan rencana ekspansi.",
     "CEO Sinar Tani Nusantara", "Rudi Hartono"),
    ("Kepala Daker Bandara Madinah, Ahmad Fauzan Rizki, menyampaikan jadwal kepulangan.",
     "Kepala Daker Bandara Madinah", "Ahmad Fauzan Rizki"),
    ("Chief Operating Officer (COO) Danantara, Dony Oskaria, mengingatkan direksi.",
     "Chief Operating Officer (COO) Danantara", "Dony Oskaria"),
    ("Ketua Tim Pemenangan Daerah (TPD) Lampung, Arif Wibowo, mengumumkan struktur tim.",
     "Ketua Tim Pemenangan Daerah (TPD) Lampung", "Arif Wibowo"),
    # a title that serves a person takes that person's name
    ("Juru Bicara Anies Baswedan, Surya Tjandra, menanggapi putusan itu.",
     "Juru Bicara Anies Baswedan", "Surya Tjandra"),
    # a regional office inside a ministry, the body before the region
    ("Kakanwil Kemenkum Jatim Haris Sukamto mengatakan jumlah koperasi naik.",
     "Kakanwil Kemenkum Jatim", "Haris Sukamto"),
    # spokes-posts of the prosecution and staff titles
    ("Berkas itu lengkap, ujar Kasipenkum Kejagung RI, Harli Siregar, Rabu.",
     "Kasipenkum Kejagung RI", "Harli Siregar"),
    ("Kondisinya membaik, kata Tenaga Ahli BNPB Egy Massadiah kepada wartawan.",
     "Tenaga Ahli BNPB", "Egy Massadiah"),
    # an inner alias after a minister's head
    ("Rapat itu mengangkat Wakil Menteri (Wamen) Sekretaris Negara Bambang Eko Suhariyanto sebagai komisaris.",
     "Wakil Menteri (Wamen) Sekretaris Negara", "Bambang Eko Suhariyanto"),
]  # fmt: skip


@pytest.mark.parametrize("text,span,holder", UNLISTED_BODIES)
def test_an_unlisted_body_between_title_and_holder(text, span, holder):
    result = beritaner.extract(text)
    found = {e.text: e for e in result.entities if e.label == "OFFICE"}
    assert span in found, [(e.label, e.text) for e in result.entities]
    assert found[span].holder == holder


def test_an_unlisted_body_needs_a_holder_after_it():
    # no name follows: "Ketua" and "Kepala" with unknown words name no post
    for text in ("Ketua Panitia Lomba Desa menyerahkan hadiah.", "Kepala Gudang Beras itu ditahan."):
        result = beritaner.extract(text)
        assert not [e for e in result.entities if e.label == "OFFICE"], result.entities


@pytest.mark.parametrize(
    "text, span, title, holder",
    [
        ("Disokong Presiden Keenam RI Susilo Bambang Yudhoyono, koalisi itu optimistis.",
         "Presiden Keenam RI", "Presiden Keenam", "Susilo Bambang Yudhoyono"),
        ("Presiden ke-7 Joko Widodo menghadiri acara itu.", "Presiden ke-7", "Presiden ke-7", "Joko Widodo"),
        # the electoral district is part of a parliament seat; a deputy minister's short form
        ("Turut hadir Anggota DPR RI Dapil Maluku Widya Pratiwi di Ambon.",
         "Anggota DPR RI Dapil Maluku", "Anggota", "Widya Pratiwi"),
        ("Turut hadir Wamenkop Ferry Juliantono di Ambon.", "Wamenkop", "Wakil Menteri Koperasi", "Ferry Juliantono"),
        # a party council and its party belong to the title (gold: ``Anggota Dewan Pembina PSI``)
        ("Ketua Dewan Pakar Partai Golkar Agung Laksono hadir.", "Ketua Dewan Pakar Partai Golkar", "Ketua",
         "Agung Laksono"),
        # a lowercase "bidang" opens the title's section as "Bidang" would
        ("Hal itu disampaikan Juru Bicara bidang Pencegahan KPK Ipi Maryati Kuding kepada wartawan.",
         "Juru Bicara bidang Pencegahan KPK", "Juru Bicara bidang Pencegahan", "Ipi Maryati Kuding"),
        # a lowercase building word is a common noun: the title after it is the post
        ("Andre bertemu pengurus IKM di rumah jabatan Gubernur Rudy Mas'ud, Samarinda.", "Gubernur", "Gubernur", "Rudy Mas'ud"),
    ],
)
def test_office_span_title_and_holder_in_news_phrasing(text, span, title, holder):
    found = {e.text: e for e in beritaner.extract(text).entities if e.label == "OFFICE"}
    assert span in found, found
    assert (found[span].title, found[span].holder) == (title, holder)


def test_a_capitalised_building_still_makes_a_place():
    entities = beritaner.extract("Rapat digelar di Rumah Dinas Gubernur Banten, Kota Serang.").entities
    assert ("PLACE", "Rumah Dinas Gubernur Banten") in [(e.label, e.text) for e in entities]


@pytest.mark.parametrize(
    "text, office, holder",
    [
        ("Surya menantang bakal calon presiden (bacapres) Koalisi Indonesia Maju (KIM) Prabowo Subianto "
         "untuk mengganti cawapresnya.", "presiden (bacapres)", "Prabowo Subianto"),
        ("Bakal calon presiden (Capres) Koalisi Perubahan, Anies Baswedan berharap MKMK adil.",
         "presiden (Capres)", "Anies Baswedan"),
        ("Calon wakil presiden (cawapres) Gibran Rakabuming Raka tiba di Solo.", "wakil presiden (cawapres)",
         "Gibran Rakabuming Raka"),
    ],
)
def test_a_lowercase_candidate_post_named_after_it_is_an_office_with_its_short_form(text, office, holder):
    # ANNOTATION.md: a short form in parentheses right after a title belongs to its span
    offices = [(e.text, e.holder, e.candidate) for e in beritaner.extract(text).entities if e.label == "OFFICE"]
    assert offices == [(office, holder, True)]


def test_the_candidate_short_form_is_the_office_s_alias_and_another_post_s_is_not():
    (office,) = [e for e in beritaner.extract("Calon presiden (capres) Anies Baswedan tiba.").entities if e.label == "OFFICE"]
    assert office.aliases == ("capres",)
    text = "Calon presiden (cawapres) Anies Baswedan tiba."  # the short form of the other post
    assert [e.text for e in beritaner.extract(text).entities if e.label == "OFFICE"] == ["presiden"]


@pytest.mark.parametrize("text, holder", [
    ("Gubernur Jawa Timur Periode 2019-2024 Khofifah Indar Parawansa menghadiri pelantikan.", "Khofifah Indar Parawansa"),
    ("Mantan Bupati Kampar masa jabatan 2016-2021, Azwar Halim, diperiksa jaksa.", "Azwar Halim"),
])
def test_the_term_between_an_office_and_its_holder_is_passed_over(text, holder):
    entities = [(e.label, e.text, getattr(e, "holder", None)) for e in beritaner.extract(text).entities]
    assert [h for label, _, h in entities if label == "OFFICE"] == [holder]
    assert [t for label, t, _ in entities if label == "PERSON"] == [holder]


def test_candidates_in_the_plural_are_no_office():
    assert not [e for e in beritaner.extract("Ketiga calon presiden hadir dalam debat.").entities if e.label == "OFFICE"]


def test_a_lowercase_board_post_after_a_cue_is_the_named_person_s_post():
    text = "RUPSLB PLN memberhentikan dengan hormat Susiwijono Moegiarso sebagai komisaris perseroan."
    offices = [(e.text, e.holder) for e in beritaner.extract(text).entities if e.label == "OFFICE"]
    assert offices == [("komisaris", "Susiwijono Moegiarso")]


# a flattened list of appointments: item numbers glued to the item before, a dash between
# each person and the post they are given
_APPOINTMENTS = (
    "Berikut daftar wakil menteri yang menjadi komisaris:\n\n"
    "1. Wakil Menteri Keuangan Rudi Hartono - Komisaris Utama PT Bank Mandiri (Persero) Tbk"
    "2. Wakil Menteri Perhubungan Sari Dewi Lestari - Komisaris PT Telkom Indonesia (Persero) Tbk"
    "3. Wakil Menteri Pertanian Bagus Wiratama - Komisaris PT Pupuk Indonesia (Persero)"
)


def test_a_flattened_list_of_appointments_gives_each_post_its_holder():
    ex = beritaner.extract(_APPOINTMENTS)
    offices = [(e.text, e.holder) for e in ex.entities if e.label == "OFFICE" and e.text[0].isupper()]
    assert offices == [
        ("Wakil Menteri Keuangan", "Rudi Hartono"),
        ("Komisaris Utama PT Bank Mandiri (Persero) Tbk", "Rudi Hartono"),
        ("Wakil Menteri Perhubungan", "Sari Dewi Lestari"),
        ("Komisaris PT Telkom Indonesia (Persero) Tbk", "Sari Dewi Lestari"),
        ("Wakil Menteri Pertanian", "Bagus Wiratama"),
        ("Komisaris PT Pupuk Indonesia (Persero)", "Bagus Wiratama"),
    ]
    # the glued item numbers are no part of any entity, nor entities themselves
    assert not [e for e in ex.entities if any(ch.isdigit() for ch in e.text)]


def test_a_number_glued_to_a_word_outside_a_list_stays_in_the_word():
    from beritaner.text import list_number_points

    assert list_number_points("Kasus Covid19. Warga diminta waspada.") == ()
    text = "1. Satu Dua Tbk2. Tiga Empat"
    assert list_number_points(text) == (text.index("2."),)


def test_a_bare_menteri_is_the_minister_just_named(nlp):
    text = ("Menteri Imigrasi dan Pemasyarakatan (Imipas) Agus Andrianto meninjau Lapas Cipinang. "
            "Menteri meminta petugas waspada dan menteri lain menyusul.")
    offices = [(e.text, e.holder) for e in beritaner.extract(text, nlp=nlp).entities if e.label == "OFFICE"]
    assert offices == [("Menteri Imigrasi dan Pemasyarakatan (Imipas)", "Agus Andrianto"), ("Menteri", "Agus Andrianto")]


def test_a_bare_presiden_is_the_indonesian_one_when_the_article_names_both(nlp):
    text = ("Presiden Republik Indonesia Prabowo Subianto tiba di Moskow. Ia akan bertemu Presiden "
            "Vladimir Putin. Presiden juga dijadwalkan berbicara di forum ekonomi.")
    offices = [(e.text, e.holder) for e in beritaner.extract(text, nlp=nlp).entities if e.label == "OFFICE"]
    assert offices[-1] == ("Presiden", "Prabowo Subianto")


@pytest.mark.parametrize("text, office, holder", [
    ("Ketua Majelis Syuro PKS Salim Segaf Al-Jufri membuka rapat.", "Ketua Majelis Syuro", "Salim Segaf Al-Jufri"),
    ("Kepala Staf Angkatan Darat (KSAD) Jenderal Agus Subiyanto hadir di Senayan.",
     "Kepala Staf Angkatan Darat (KSAD)", "Agus Subiyanto"),
])
def test_a_council_named_majelis_has_offices_and_a_known_post_is_no_body(text, office, holder):
    offices, _persons, orgs = _offices_persons_orgs(text)
    assert offices == [(office, holder)]
    assert office not in orgs


def _offices_persons_orgs(text: str) -> tuple[list[tuple[str, str | None]], list[str], list[str]]:
    entities = beritaner.extract(text).entities
    return ([(e.text, e.holder) for e in entities if e.label == "OFFICE"],
            [e.text for e in entities if e.label == "PERSON"], [e.text for e in entities if e.label == "ORG"])


def test_the_chair_of_a_panel_of_judges_is_a_role():
    text = "Ketua Majelis Pengadilan Tipikor Jakarta Rosihan Rangkuti membacakan vonis."
    assert not [e for e in beritaner.extract(text).entities if e.label == "OFFICE"]


@pytest.mark.parametrize("text, holders", [
    ("Pasangan calon presiden dan calon wakil presiden Prabowo Subianto - Gibran Rakabuming Raka tiba di Medan.",
     [("wakil presiden", "Gibran Rakabuming Raka")]),
    ("Pasangan Cagub dan Cawagub Jatim Khofifah Indar Parawansa-Emil Dardak hadir.",
     [("Cagub", "Khofifah Indar Parawansa"), ("Cawagub Jatim", "Emil Dardak")]),
])
def test_a_ticket_names_the_head_first_and_the_deputy_second(text, holders):
    assert [(e.text, e.holder) for e in beritaner.extract(text).entities if e.label == "OFFICE"] == holders


@pytest.mark.parametrize("text, office, holder", [
    ("Anwar Usman diberhentikan sebagai Ketua Mahkamah Konstitusi (MK) oleh MKMK.",
     "Ketua Mahkamah Konstitusi (MK)", "Anwar Usman"),
    ("Reda Manthovani dicopot dari jabatan Kajati DKI Jakarta.", "Kajati DKI Jakarta", "Reda Manthovani"),
    ("Jaksa Agung Muda Bidang Intelijen (Jamintel) Reda Manthovani hadir di Kejagung.",
     "Jaksa Agung Muda Bidang Intelijen (Jamintel)", "Reda Manthovani"),
])
def test_removal_from_a_post_and_the_long_names_of_attorney_posts_keep_their_holder(text, office, holder):
    offices, persons, _orgs = _offices_persons_orgs(text)
    assert offices == [(office, holder)] and persons == [holder]


@pytest.mark.parametrize("text, office, holder", [
    ("Kepala Pusat Penerangan (Kapuspen) TNI Mayjen TNI Kristomei Sianturi membantah tudingan itu.",
     "Kepala Pusat Penerangan (Kapuspen) TNI", "Kristomei Sianturi"),
    ("Kepala Dinas Pendidikan (Kadisdik) Banten Tabrani meninjau sekolah.", "Kepala Dinas Pendidikan (Kadisdik) Banten", "Tabrani"),
])
def test_a_body_goes_on_after_the_post_s_own_short_form(text, office, holder):
    offices, persons, orgs = _offices_persons_orgs(text)
    assert offices == [(office, holder)] and persons == [holder] and not orgs


def test_a_body_s_numbered_area_and_its_seat_belong_to_the_post_and_are_no_one_s_name():
    text = "Kepala BMKG Wilayah II Ciputat, Hartanto, mengatakan gempa itu tidak berpotensi tsunami."
    found = [(e.label, e.text, getattr(e, "holder", None)) for e in beritaner.extract(text).entities]
    assert found == [("OFFICE", "Kepala BMKG Wilayah II Ciputat", "Hartanto"), ("PERSON", "Hartanto", None)]


@pytest.mark.parametrize("text, office, holder", [
    ("Partai Golkar resmi mengusung Erick Thohir sebagai cawapres pada Pilpres 2024.", "cawapres", "Erick Thohir"),
    ("Relawan itu ikut mengantarkan Jokowi menjadi presiden dua periode.", "presiden", "Jokowi"),
    ("Sejak awal, Gibran selaku cawapres rajin menyapa pemilih muda di Jawa Tengah.", "cawapres", "Gibran"),
])
def test_a_lowercase_title_after_a_post_cue_is_the_post_of_the_person_named_before(text, office, holder):
    offices = [(e.text, e.holder) for e in beritaner.extract(text).entities if e.label == "OFFICE"]
    assert offices == [(office, holder)]


@pytest.mark.parametrize("text", [
    "Mahkamah mengubah syarat usia menjadi calon presiden dan calon wakil presiden.",
    "Dalam survei itu, siapa pun bisa menjadi presiden. Erick Thohir belum berkomentar.",
])
def test_a_lowercase_title_after_a_post_cue_names_no_post_without_a_person_in_the_sentence(text):
    assert [e.text for e in beritaner.extract(text).entities if e.label == "OFFICE"] == []


@pytest.mark.parametrize("text, office, jurisdiction, holder", [
    ("Direktur Jenderal Peternakan dan Kesehatan Hewan Agung Suganda meninjau vaksinasi.",
     "Direktur Jenderal Peternakan dan Kesehatan Hewan", "Direktorat Jenderal Peternakan dan Kesehatan Hewan",
     "Agung Suganda"),
    # the field's alias spells the whole list, commas and ``dan`` included
    ("Direktur Jenderal Industri Kecil, Menengah, dan Aneka (IKMA) Reni Yanita membuka pameran.",
     "Direktur Jenderal Industri Kecil, Menengah, dan Aneka (IKMA)",
     "Direktorat Jenderal Industri Kecil, Menengah, dan Aneka", "Reni Yanita"),
])
def test_a_director_general_heads_the_directorate_of_the_field_named_after_the_title(text, office, jurisdiction, holder):
    entities = beritaner.extract(text).entities
    found = {e.text: e for e in entities if e.label == "OFFICE"}
    assert office in found, [(e.label, e.text) for e in entities]
    assert found[office].jurisdiction == jurisdiction and found[office].holder == holder
    assert not [e for e in entities if e.label == "PERSON" and e.text != holder]  # not ``Jenderal Industri``'s


@pytest.mark.parametrize("text, office, holder", [
    ("Presiden Federasi Rusia Vladimir Putin menerima tamunya di St. Petersburg.",
     "Presiden Federasi Rusia", "Vladimir Putin"),
    ("Duta Besar RI untuk Jepang Heri Akhmadi menerima kunjungan itu.", "Duta Besar RI untuk Jepang", "Heri Akhmadi"),
    # where the embassy stands is not part of the post
    ("Pertemuan dihadiri Duta Besar Federasi Rusia di Jakarta Sergei Tolchenov.",
     "Duta Besar Federasi Rusia", "Sergei Tolchenov"),
])
def test_heads_of_state_and_envoys_take_their_country(text, office, holder):
    entities = beritaner.extract(text).entities
    found = {e.text: e.holder for e in entities if e.label == "OFFICE"}
    assert found.get(office, "missing") == holder, [(e.label, e.text) for e in entities]


@pytest.mark.parametrize("text, office, holder", [
    ("Hal itu diungkap Kapolres Padang Parimana AKBP Ahmad Faisol Amir, Kamis (19/6/2025).",
     "Kapolres Padang Parimana", "Ahmad Faisol Amir"),
    ("Chief Operating Officer (COO) Badan Pengelola Investasi Daya Anagata Nusantara (Danantara) "
     "Dony Oskaria mengungkapkan, dua penyebab utama perlambatan itu.",
     "Chief Operating Officer (COO) Badan Pengelola Investasi Daya Anagata Nusantara (Danantara)", "Dony Oskaria"),
    ("Sementara Kasat Lantas Polres Tanjung Perak AKP Moch Suud menjelaskan kegiatan haul di Surabaya.",
     "Kasat Lantas Polres Tanjung Perak", "Moch Suud"),
    ("Direktur Utama PLN EPI Iwan Agung Firstantara mengatakan proyek gasifikasi ini akan rampung.",
     "Direktur Utama PLN EPI", "Iwan Agung Firstantara"),
    ("Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan pelaku sudah ditangkap.",  # a rank stays out
     "Kapolres Bogor", "Rio Wahyu Anggoro"),
])
def test_the_words_between_an_office_read_short_and_its_holder_are_the_rest_of_the_office(nlp, text, office, holder):
    # two people are never written back to back: a one-off "name" between the post and
    # its holder is the end of the post's name
    result = beritaner.extract(text, nlp=nlp)
    offices = {e.text: e.holder for e in result.of("OFFICE")}
    assert offices == {office: holder}
    inside = [e.text for e in result.entities if e.label != "OFFICE" and text.index(office) <= e.start < text.index(office) + len(office)]
    assert inside == []



def test_a_rank_s_corps_is_no_body_and_the_post_before_it_finds_its_holder(nlp):
    text = ("Tentara Nasional Indonesia (TNI) mengecam serangan itu. “Itu kebiadaban,” kata Kepala Pusat "
            "Penerangan (Kapuspen) TNI, Mayjen TNI Kristomei Sianturi, Rabu (18/6/2025). Mantan Kepala BNPB "
            "Letjen TNI (Purn) Doni Monardo dirawat di rumah sakit.")
    result = beritaner.extract(text, nlp=nlp)
    assert [e.text for e in result.of("ORG")] == ["Tentara Nasional Indonesia (TNI)"]  # no rank's TNI
    assert {e.text: e.holder for e in result.of("OFFICE")}["Kepala Pusat Penerangan (Kapuspen) TNI"] == "Kristomei Sianturi"
