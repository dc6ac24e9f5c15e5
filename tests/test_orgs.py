"""ORG recognizer: organisations with ``name`` and ``aliases``, on news sentences."""

from __future__ import annotations

import json

import pytest

import beritaner
from beritaner.candidates import entities_of
from beritaner.lang.id import orgs as L
from beritaner.pipeline import blank
from beritaner.recognizers.orgs import OrgRecognizer

_NLP = blank()
_REC = OrgRecognizer()


def orgs(text: str) -> dict[str, dict]:
    out = {}
    for c in _REC.find(_NLP(text)):
        assert c.label == "ORG" and c.source == "orgs"
        json.dumps(c.attrs)
        out[text[c.start : c.end]] = {**c.attrs, "_score": c.score}
    return out


POSITIVES = [
    # government bodies built on regions
    ("Pemerintah Provinsi Jawa Barat menyiapkan anggaran.", "Pemerintah Provinsi Jawa Barat", {}),
    ("Pemprov Banten menggelar rapat.", "Pemprov Banten", {}),
    ("Pemkab Bogor menutup jalan itu.", "Pemkab Bogor", {}),
    ("Pemkot Makassar menertibkan pedagang.", "Pemkot Makassar", {}),
    ("Pemerintah Kabupaten Lampung Barat (Lambar) membangun jalan.",
     "Pemerintah Kabupaten Lampung Barat (Lambar)",
     {"name": "Pemerintah Kabupaten Lampung Barat", "aliases": ["Lambar"]}),
    ("DPRD Provinsi Jawa Barat menggelar paripurna.", "DPRD Provinsi Jawa Barat", {}),
    ("Usulan itu ditolak DPRD Lampung kemarin.", "DPRD Lampung", {}),
    ("Polda Lampung menangkap dua tersangka.", "Polda Lampung", {}),
    ("Polres Sukabumi AKBP Samian memimpin.", "Polres Sukabumi", {}),
    ("Polresta Bandar Lampung menggelar razia.", "Polresta Bandar Lampung", {}),
    ("Kejati Lampung menahan mantan kepala dinas.", "Kejati Lampung", {}),
    ("Berkas dilimpahkan ke Pengadilan Negeri Bandung.", "Pengadilan Negeri Bandung", {}),
    ("Kodim 0621/Kabupaten Bogor menggelar karya bakti.", "Kodim 0621/Kabupaten Bogor", {}),
    ("Satpol PP Kota Bogor menertibkan reklame.", "Satpol PP Kota Bogor", {}),
    ("Rutan Kelas IIA Kendari menerima tahanan.", "Rutan Kelas IIA Kendari", {}),
    # descriptive bodies, aliases inside
    ("Dinas Kesehatan Kabupaten Bogor mencatat kasus.", "Dinas Kesehatan Kabupaten Bogor", {}),
    ("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut, Jawa Barat, mencatat.",
     "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut",
     {"name": "Badan Penanggulangan Bencana Daerah Kabupaten Garut", "aliases": ["BPBD"]}),
    ("Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kota Depok memperbaiki.",
     "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kota Depok", {"aliases": ["PUPR"]}),
    ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan.",
     "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", {"aliases": ["BMKG"]}),
    ("Dinas Pendidikan Provinsi Jawa Timur (Dindik Jatim) membuka pendaftaran.",
     "Dinas Pendidikan Provinsi Jawa Timur (Dindik Jatim)", {"aliases": ["Dindik Jatim"]}),
    ("Biro Hukum Setda Jawa Tengah mengkaji aturan itu.", "Biro Hukum Setda Jawa Tengah", {}),
    ("Satreskrim Polres Garut menangkap pelaku.", "Satreskrim Polres Garut", {}),
    ("Komisi V DPRD Sumbar memanggil dinas.", "Komisi V DPRD Sumbar", {}),
    # ministries and agencies
    ("Kementerian Dalam Negeri (Kemendagri) mengeluarkan surat.",
     "Kementerian Dalam Negeri (Kemendagri)",
     {"name": "Kementerian Dalam Negeri", "aliases": ["Kemendagri"]}),
    ("Kemenkeu mencairkan dana itu.", "Kemenkeu", {}),
    ("Bank Indonesia (BI) menahan suku bunga.", "Bank Indonesia (BI)",
     {"name": "Bank Indonesia", "aliases": ["BI"]}),
    ("Penyidik KPK memeriksa saksi.", "KPK", {}),
    ("Basarnas mengerahkan kapal.", "Basarnas", {}),
    ("Bawaslu Jabar menerima laporan.", "Bawaslu Jabar", {}),
    ("Kepala BPS Provinsi Bali merilis data.", "BPS Provinsi Bali", {}),
    # companies, parties, universities, schools
    ("PT Kereta Api Indonesia (Persero) menambah perjalanan.", "PT Kereta Api Indonesia (Persero)", {}),
    ("PT KAI menambah perjalanan.", "PT KAI", {}),
    ("Saham PT Bank Central Asia Tbk naik.", "PT Bank Central Asia Tbk", {}),
    ("Pertamina menurunkan harga BBM.", "Pertamina", {}),
    ("Partai Golkar mengusung calon itu.", "Partai Golkar", {}),
    ("DPD Partai Gerindra Jawa Barat menggelar rapat.", "DPD Partai Gerindra Jawa Barat", {}),
    ("PDI Perjuangan menolak usulan tersebut.", "PDI Perjuangan", {}),
    ("PKS dan PKB sepakat berkoalisi.", "PKS", {}),
    ("Partai Persatuan Pembangunan (PPP) menggelar muktamar.", "Partai Persatuan Pembangunan (PPP)",
     {"aliases": ["PPP"]}),
    ("Partai Keadilan Sejahtera mengusung kadernya.", "Partai Keadilan Sejahtera", {}),
    ("Demokrat menolak usulan itu.", "Demokrat", {}),
    ("Badan Kesehatan Dunia (WHO) mengumumkan status darurat.", "Badan Kesehatan Dunia (WHO)",
     {"aliases": ["WHO"]}),
    ("Tim Pengendalian Inflasi Daerah (TPID) menggelar pasar murah.",
     "Tim Pengendalian Inflasi Daerah (TPID)", {"aliases": ["TPID"]}),
    ("Universitas Lampung membuka jalur mandiri.", "Universitas Lampung", {}),
    ("Mahasiswa UGM meneliti banjir.", "UGM", {}),
    ("Siswa SMA Negeri 1 Cibinong menjuarai lomba.", "SMA Negeri 1 Cibinong", {}),
    ("Siswa SMPN 2 Depok mengikuti upacara.", "SMPN 2 Depok", {}),
    # media and sites
    ("Bandung (ANTARA) - Hujan deras mengguyur kota itu.", "ANTARA", {}),
    ("hal itu disampaikan kepadadetikSulsel, Selasa.", "detikSulsel", {}),
    ("Dilansir dari detikcom, kejadian itu viral.", "detikcom", {}),
    ("KOMPAS.com - Harga beras naik.", "KOMPAS.com", {}),
    ("bogorterkini.com - Warga mengeluhkan jalan rusak.", "bogorterkini.com", {}),
    ("TRIBUNJABAR.ID, BANDUNG - Warga antre.", "TRIBUNJABAR.ID", {}),
    # clubs
    ("Persib Bandung menang 2-0 atas lawannya.", "Persib Bandung", {}),
    ("Persiku Kudus menahan imbang tamunya.", "Persiku Kudus", {}),
    ("Laga Sulut United melawan Bitung FC berakhir imbang.", "Sulut United", {}),
    # leadership forums and joint forces (one ORG each)
    ("Rapat Forkopimda Kabupaten Garut membahas arus mudik.", "Forkopimda Kabupaten Garut", {}),
    ("Forum Koordinasi Pimpinan Daerah (Forkopimda) Jawa Barat menggelar apel.",
     "Forum Koordinasi Pimpinan Daerah (Forkopimda) Jawa Barat", {"aliases": ["Forkopimda"]}),
    ("Unsur Forkopimcam Cibinong meninjau posko.", "Forkopimcam Cibinong", {}),
    ("Personel gabungan TNI-Polri berjaga di perbatasan.", "TNI-Polri", {}),
    # campaign teams with their candidates; police units of a city station
    ("Khofifah disebut masuk TPN Ganjar - Mahfud pekan ini.", "TPN Ganjar - Mahfud", {}),
    ("Tim Pemenangan Nasional (TPN) Ganjar - Mahfud menggelar rapat.",
     "Tim Pemenangan Nasional (TPN) Ganjar - Mahfud", {"aliases": ["TPN"]}),
    ("Relawan TKN Prabowo-Gibran berkumpul di Senayan.", "TKN Prabowo-Gibran", {}),
    ("Satreskrim Polresta Malang menangkap pelaku.", "Satreskrim Polresta Malang", {}),
    ("Polresta Malang Kota menggelar razia.", "Polresta Malang Kota", {}),
    # the media of a slashed closing credit, in any case
    ("Warga diminta tetap waspada. (antara/jpnn)", "jpnn", {}),
    ("Warga diminta tetap waspada. (antara/jpnn)", "antara", {}),
    # a company name is whole before Tbk or its alias, even with words seen alone elsewhere
    ("PT Surya Daya Investasi Tbk melantai di bursa. Investasi itu besar, kata Daya.",
     "PT Surya Daya Investasi Tbk", {}),
    ("Modal disetor ke PT Surya Samudera Port (SSP). Port itu baru, ujar Samudera.",
     "PT Surya Samudera Port (SSP)", {"aliases": ["SSP"]}),
    # the closing acronym reaches back over words the grammar did not take
    ("Putusan Majelis Kehormatan Mahkamah Konstitusi (MKMK) dibacakan sore itu.",
     "Majelis Kehormatan Mahkamah Konstitusi (MKMK)", {"aliases": ["MKMK"]}),
    ("Kelompok bernama Front Pemuda Anti Korupsi (FPAK) melapor ke KPK.",
     "Front Pemuda Anti Korupsi (FPAK)", {}),
    ("Direktorat itu adalah Antikorupsi Badan Usaha (AKBU) dan Monitoring.",
     "Antikorupsi Badan Usaha (AKBU)", {}),
]  # fmt: skip


@pytest.mark.parametrize("text,span,fields", POSITIVES)
def test_org_span_and_fields(text, span, fields):
    found = orgs(text)
    assert span in found, f"{span!r} not in {sorted(found)}"
    for key, value in fields.items():
        assert found[span][key] == value, (key, found[span])


NEGATIVES = [
    ("Seluruh organisasi perangkat daerah (OPD) diminta bekerja cepat.", "OPD"),
    ("OPD harus aktif menyampaikan informasi.", "OPD"),
    ("Kinerja perangkat daerah dievaluasi.", "perangkat daerah"),
    ("Urusan itu menjadi kewenangan pemerintah daerah.", "pemerintah daerah"),
    ("Kasus itu ditangani pihak kepolisian.", "kepolisian"),
    ("Berkas perkara dilimpahkan ke kejaksaan.", "kejaksaan"),
    ("Petani dibantu dinas pertanian setempat.", "dinas pertanian"),
    ("Pasien dirawat di RSUD Cibinong.", "RSUD"),
    ("Ia berpangkat Brigjen TNI sejak 2023.", "TNI"),
    ("Antara lain, warga meminta jalan diperbaiki.", "Antara"),
    ("Bayi itu lahir 10 detik setelah ibunya tiba.", "detik"),
    ("Wisatawan datang dari berbagai negara.", "negara"),
    ("Pelatih Persija Jakarta memuji pemainnya.", "Pelatih Persija"),
    ("Warga diminta tetap waspada. (mcr8/bbn)", "mcr8"),  # editors' codes
]  # fmt: skip


@pytest.mark.parametrize("text,not_span", NEGATIVES)
def test_not_an_org(text, not_span):
    found = orgs(text)
    assert not any(not_span in span for span in found), sorted(found)


def test_short_forms_defined_in_the_article_stand_alone_later():
    text = (
        "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut mencatat 40 rumah rusak. "
        "BPBD juga mendirikan dapur umum. Persiku Kudus menang. Pelatih Persiku senang."
    )
    found = _REC.find(_NLP(text))
    alone = {text[c.start : c.end]: c.score for c in found}
    assert "BPBD" in alone and alone["BPBD"] >= 0.85
    assert "Persiku" in alone


def test_unit_named_by_its_parent_keeps_the_parents_alias():
    found = orgs("Kantor Perwakilan Bank Indonesia (KPw BI) Papua Barat mencatat inflasi.")
    span = "Kantor Perwakilan Bank Indonesia (KPw BI) Papua Barat"
    assert span in found and found[span]["aliases"] == ["KPw BI"]
    assert found[span]["name"] == "Kantor Perwakilan Bank Indonesia Papua Barat"


def test_one_candidate_per_span():
    found = _REC.find(_NLP("KOMPAS.com - Kompas.com melaporkan bahwa ANTARA juga menulisnya."))
    spans = [(c.start, c.end) for c in found]
    assert len(spans) == len(set(spans))


def test_bare_body_is_an_org_below_certain():
    found = orgs("Pemkab menyiapkan anggaran. DPRD meminta laporan.")
    assert found["Pemkab"]["_score"] < 0.85 and found["DPRD"]["_score"] < 0.85


def test_dewan_for_the_dprd():
    assert "Dewan" in orgs("DPRD Garut menggelar paripurna. Dewan akan memanggil bupati.")
    assert "Dewan" not in orgs("Dewan akan memanggil bupati.")


def test_region_ends_before_a_person():
    found = orgs("Ketua DPRD Bantaeng Hamsyah Ahmad hadir.")
    assert "DPRD Bantaeng" in found


def test_named_body_stops_before_a_name_mentioned_again():
    text = "Rektor Universitas Gadjah Mada Ova Emilia hadir. Menurut Emilia, kampus siap."
    assert "Universitas Gadjah Mada" in orgs(text)


def test_headline_verbs_do_not_extend_names():
    text = "Universitas Jember Gelar Wisuda Ribuan Mahasiswa\nRektor Universitas Jember hadir."
    spans = [text[c.start : c.end] for c in _REC.find(_NLP(text))]
    assert spans.count("Universitas Jember") == 2


def test_named_body_ends_with_its_town():
    assert "Institut Teknologi Bandung" in orgs("Rektor Institut Teknologi Bandung Tatacipta hadir.")


def test_alias_must_echo_the_name():
    found = orgs("Gubernur tiba di Pemprov Banten (Andra Soni) kemarin.")
    assert "Pemprov Banten" in found and found["Pemprov Banten"]["aliases"] == []


def test_lexicons_are_data():
    assert len(L.NATIONAL_BODIES) > 200 and len(L.REGIONAL_BODIES) > 150
    for form in L.MINISTRY_SHORT_FORMS:
        assert form == form.strip()


def test_pipeline_offices_win_over_their_orgs(nlp_rules):
    text = "Kepala Pelaksana BPBD Kabupaten Cianjur Asep Sudrajat mengatakan banjir surut."
    doc = nlp_rules(text)
    spans = [(text[e.start : e.end], e.label) for e in entities_of(doc)]
    assert ("Kepala Pelaksana BPBD Kabupaten Cianjur", "OFFICE") in spans
    assert not any(label == "ORG" for _, label in spans)


def test_startup_article(nlp_rules, startup_text):
    doc = nlp_rules(startup_text)
    ents = entities_of(doc)
    org_spans = [startup_text[e.start : e.end] for e in ents if e.label == "ORG"]
    assert "Pemerintah Provinsi Banten" in org_spans
    for generic in ("OPD", "organisasi perangkat daerah (OPD)", "perangkat daerah"):
        assert generic not in org_spans


def test_an_acronym_that_spells_the_name_already_reaches_back_no_further():
    # ``Kota`` before ``Badan Usaha (BU)``: the acronym is spelled, the name stays as read
    found = orgs("Warga Kota Badan Usaha (BU) berkumpul.")
    assert not any(span.startswith(("Kota", "Warga")) for span in found), sorted(found)


@pytest.mark.parametrize(
    "text, label, span",
    [
        # a scraper dropped the link's spaces: the acronym and the office are still read
        ("KPKtelah memeriksa Haryanto selaku Direktur PPTKA Kemnaker.", "ORG", "KPK"),
        ("Segini kekayaanGubernur Aceh Muzakir Manaf di LHKPN.", "OFFICE", "Gubernur Aceh"),
    ],
)
def test_glued_words_are_read_at_the_glue(text, label, span):
    import beritaner

    assert (label, span) in [(e.label, e.text) for e in beritaner.extract(text).entities]


def test_a_medium_glued_by_name_stays_one_word():
    from beritaner.recognizers.scan import Words

    words = Words("Hal itu disampaikan kepada detikSulsel dan KPKtelah menahan Bupati.").words
    assert "detikSulsel" in words and ["KPK", "telah"] == words[words.index("KPK") : words.index("KPK") + 2]


@pytest.mark.parametrize(
    "text, span",
    [
        ("Dewas KPK memeriksa Firli pekan lalu.", "Dewas KPK"),
        ("Pansus Haji DPR menyoroti kuota haji tambahan.", "Pansus Haji DPR"),
        ("Pengurus DPD IKM Kaltim bertemu gubernur di Samarinda.", "DPD IKM Kaltim"),
    ],
)
def test_a_board_with_the_body_it_belongs_to_is_one_org(text, span):
    import beritaner

    assert span in [e.text for e in beritaner.extract(text).entities if e.label == "ORG"]


def test_an_ambiguous_medium_after_a_parenthesis_needs_a_credit_s_close():
    import beritaner

    def media(text):
        return [e.text for e in beritaner.extract(text).entities if e.label == "ORG"]

    assert "Suara" not in media("Kota Surabaya: Prabowo-Gibran 59,18% (Suara masuk 47,39% per 11.00 WIB).")
    assert "Antara" in media("Warga memadati alun-alun kota. (Antara)")


def test_airlines_are_organisations_not_people(nlp):
    text = "Wings Air dan Batik Air, anak usaha Lion Air Group, membatalkan penerbangan ke Maumere."
    orgs = [e.text for e in beritaner.extract(text, nlp=nlp).entities if e.label == "ORG"]
    assert orgs == ["Wings Air", "Batik Air", "Lion Air Group"]


def test_a_foreign_legal_form_closes_a_company_name(nlp):
    text = ("Saham PT Tokopedia dibeli oleh Tiktok Nusantara Pte Ltd. Modal disetor kepada "
            "Chandra Maritime International Pte. Ltd dan Trina Solar Co Ltd.")
    orgs = [e.text for e in beritaner.extract(text, nlp=nlp).entities if e.label == "ORG"]
    assert orgs == ["PT Tokopedia", "Tiktok Nusantara Pte Ltd", "Chandra Maritime International Pte. Ltd",
                    "Trina Solar Co Ltd"]


@pytest.mark.parametrize("text, orgs", [
    ("Perundingan Indonesia-Eurasian Economic Union (EAEU) rampung. Kerja sama dengan EAEU diperluas.",
     ["Eurasian Economic Union (EAEU)", "EAEU"]),
    ("Menurut Direktur International Energy Agency, permintaan minyak naik.", ["International Energy Agency"]),
    ("Peneliti Indonesia Corruption Watch (ICW) menyoroti kasus itu. ICW meminta KPK bertindak.",
     ["Indonesia Corruption Watch (ICW)", "ICW", "KPK"]),
])
def test_a_body_named_in_english_is_an_org_and_its_alias_too(nlp, text, orgs):
    assert [e.text for e in beritaner.extract(text, nlp=nlp).entities if e.label == "ORG"] == orgs


def test_an_english_named_venue_stays_a_place(nlp):
    text = "Pameran digelar di Jakarta Convention Center (JCC), Senayan."
    entities = [(e.label, e.text) for e in beritaner.extract(text, nlp=nlp).entities]
    assert ("ORG", "Jakarta Convention Center (JCC)") not in entities


def test_capitalised_kejaksaan_is_a_body_bare_or_with_its_region(nlp):
    text = "Ia diperiksa di Kejaksaan Kota Tegal pada Senin. Kejaksaan menahan dua tersangka di kejaksaan."
    orgs = [e.text for e in beritaner.extract(text, nlp=nlp).entities if e.label == "ORG"]
    assert orgs == ["Kejaksaan Kota Tegal", "Kejaksaan"]


@pytest.mark.parametrize("text, org", [
    ("Ia menjabat Dewan Pembina TKN Prabowo-Gibran sejak Oktober.", "Dewan Pembina TKN Prabowo-Gibran"),
    ("Tim Kampanye Nasional (TKN) Prabowo Subianto-Gibran mengumumkan susunan pengurus.",
     "Tim Kampanye Nasional (TKN) Prabowo Subianto-Gibran"),
    ("Tim Kampanye Nasional (TKN) Koalisi Indonesia Maju (KIM) menggelar rapat.",
     "Tim Kampanye Nasional (TKN) Koalisi Indonesia Maju (KIM)"),
])
def test_a_campaign_team_runs_over_its_ticket_or_coalition_and_a_board_takes_it_as_parent(nlp, text, org):
    assert [e.text for e in beritaner.extract(text, nlp=nlp).entities if e.label == "ORG"] == [org]


@pytest.mark.parametrize("text, org", [
    ("Perdagangan antara Indonesia dan Uni Ekonomi Eurasia naik tahun ini.", "Uni Ekonomi Eurasia"),
    ("Pasar menunggu kesimpulan rapat Fed pekan depan, kata analis.", "Fed"),
    ("Presiden absen dari pertemuan G7 di Kanada.", "G7"),
])
def test_international_bodies_are_orgs_not_people(nlp, text, org):
    entities = [(e.label, e.text) for e in beritaner.extract(text, nlp=nlp).entities]
    assert ("ORG", org) in entities
    assert not [t for label, t in entities if label == "PERSON"]


def test_site_names_found_at_their_domains_are_those_a_full_scan_finds():
    from pathlib import Path

    from beritaner.recognizers.orgs import _SITE, site_matches

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for d in ("seeds", "devset", "testset") for p in sorted((root / d).glob("*.txt"))]
    texts += ["Dikutip dari www.detik.co.id dan m.kompas.com, surel a@b.com, https://x.y.com/a.com, "
              "Tribunnews.com-Bali.com foo.com.", "JPNN.com,Jakarta - kepadadetik.com", ".com", "x-y.co.id."]
    found = 0
    for text in texts:
        expected = [m.span() for m in _SITE.finditer(text)]
        assert [m.span() for m in site_matches(text)] == expected, text[:80]
        found += len(expected)
    assert found >= 10


@pytest.mark.parametrize("text, org", [
    ("Survei Indikator Politik Indonesia menunjukkan elektabilitas naik.", "Indikator Politik Indonesia"),
    ("Juru bicara Organisasi Papua Merdeka (OPM) membantah tudingan itu.", "Organisasi Papua Merdeka (OPM)"),
    ("Komite Anti Dumping Indonesia (KADI) menyelidiki impor benang.", "Komite Anti Dumping Indonesia (KADI)"),
])
def test_pollsters_and_bodies_whose_names_hold_everyday_words(nlp, text, org):
    assert [e.text for e in beritaner.extract(text, nlp=nlp).entities if e.label == "ORG"] == [org]


@pytest.mark.parametrize("text, org", [
    ("Sanksi dijatuhkan Departemen Keuangan Amerika Serikat (AS) kepada perusahaan itu.",
     "Departemen Keuangan Amerika Serikat (AS)"),
    ("Kementerian Perdagangan Indonesia mencatat ekspor naik.", "Kementerian Perdagangan Indonesia"),
])
def test_a_state_s_ministry_or_department_takes_its_country(nlp, text, org):
    entities = [(e.label, e.text) for e in beritaner.extract(text, nlp=nlp).entities]
    assert entities == [("ORG", org)]


@pytest.mark.parametrize("text, org", [
    ("Kereta tertahan, kata Humas KAI Daop 9 Jember Cahyo Widiantoro.", "KAI Daop 9 Jember"),
    ("Daop 8 Surabaya menambah perjalanan selama libur sekolah.", "Daop 8 Surabaya"),
])
def test_a_railway_operating_area_is_numbered_before_its_city(nlp, text, org):
    entities = [(e.label, e.text) for e in beritaner.extract(text, nlp=nlp).entities]
    assert ("ORG", org) in entities and ("PLACE", org.split()[-1]) not in entities


@pytest.mark.parametrize("text, org", [
    ("Menurut Institute for Essential Services Reform per Juni, harga panel surya turun.",
     "Institute for Essential Services Reform"),
    ("Peneliti Center for Strategic and International Studies (CSIS) Arya Fernandes menilai.",
     "Center for Strategic and International Studies (CSIS)"),
    ("Orang tua siswa Al Kareem Islamic School mengadu ke DPRD.", "Al Kareem Islamic School"),
    ("Ia lulusan University of Melbourne.", "University of Melbourne"),
])
def test_english_bodies_named_head_first_or_as_schools(nlp, text, org):
    entities = [(e.label, e.text) for e in beritaner.extract(text, nlp=nlp).entities]
    assert ("ORG", org) in entities and "PERSON" not in [label for label, t in entities if t in org]


@pytest.mark.parametrize("text, orgs", [
    # a word of the name seen alone elsewhere does not cut it before its legal form
    ("JAKARTA - PT Surya Daya Investasi Tbk berencana melantai di bursa. Manajer Investasi "
     "menyambut rencana itu.", ["PT Surya Daya Investasi Tbk"]),
    # ``Tbk`` already closes the capitalised run; its abbreviation stop belongs to it
    ("Industri itu diwakili PT Asia Pasifik Serat Tbk. dan PT Indo Sintetis Tbk.. Serat impor "
     "naik, kata Pasifik.", ["PT Asia Pasifik Serat Tbk.", "PT Indo Sintetis Tbk."]),
])
def test_a_legal_form_keeps_a_company_name_whole(nlp, text, orgs):
    assert [e.text for e in beritaner.extract(text, nlp=nlp).entities if e.label == "ORG"] == orgs


@pytest.mark.parametrize("text, org", [
    # ``Ulum`` recurs inside another school's name, not alone: no person's name begins there
    ("Bantuan diberikan kepada Pondok Pesantren Darul Ulum Banyu Anyar, Kabupaten Pamekasan, dan "
     "Pondok Pesantren Miftahul Ulum, Kabupaten Sumenep.", "Pondok Pesantren Darul Ulum Banyu Anyar"),
    # a branch's number closes the name
    ("Panel surya dipasang di Pondok Pesantren Al Hikmah 2, Kabupaten Brebes.", "Pondok Pesantren Al Hikmah 2"),
])
def test_a_school_s_name_runs_over_words_shared_with_other_names_and_its_number(text, org):
    assert org in orgs(text), sorted(orgs(text))


def test_a_word_seen_alone_after_a_title_still_cuts_a_name_off():
    # ``Rektor Emilia`` names Emilia alone: the university's name is not hers
    found = orgs("Universitas Gadjah Mada Ova Emilia membuka acara. Rektor Emilia menyampaikan terima kasih.")
    assert "Universitas Gadjah Mada" in found and not any("Emilia" in k for k in found), sorted(found)


def test_the_short_portfolio_names_of_the_2024_cabinet(nlp):
    text = ("Pegawai Kementerian Imipas membagikan makanan. Situs itu diblokir Kementerian Komdigi, "
            "kata Wakil Menteri Komdigi Nezar Patria.")
    found = [(e.label, e.text) for e in beritaner.extract(text, nlp=nlp).entities]
    assert ("ORG", "Kementerian Imipas") in found and ("ORG", "Kementerian Komdigi") in found, found
    assert ("OFFICE", "Wakil Menteri Komdigi") in found, found


@pytest.mark.parametrize("text, org", [
    ("Petugas KAI Daop 7 Madiun memeriksa rel setiap pagi.", "KAI Daop 7 Madiun"),
    ("PT Kereta Api Indonesia Daerah Operasi 7 Madiun menambah perjalanan.",
     "PT Kereta Api Indonesia Daerah Operasi 7 Madiun"),
    ("Kapal itu dilayani Pelindo Regional 3 Surabaya sejak pagi.", "Pelindo Regional 3 Surabaya"),
])
def test_a_body_s_numbered_area_and_its_seat_belong_to_it(text, org):
    assert org in orgs(text), sorted(orgs(text))


@pytest.mark.parametrize("text, org", [
    ("Kepala Dinas Perindustrian, Perdagangan, Koperasi, Usaha Kecil dan Menengah (PPKUKM) hadir.",
     "Dinas Perindustrian, Perdagangan, Koperasi, Usaha Kecil dan Menengah (PPKUKM)"),
    ("Laporan Direktorat Jenderal Industri Kecil, Menengah, dan Aneka (IKMA) terbit.",
     "Direktorat Jenderal Industri Kecil, Menengah, dan Aneka (IKMA)"),
])
def test_an_alias_that_spells_a_listed_name_takes_the_whole_list(text, org):
    assert org in orgs(text), sorted(orgs(text))


def test_a_body_with_a_lowercase_level_word_is_a_class_of_bodies_not_an_org():
    text = ("Rekapitulasi suara dilakukan berjenjang oleh PPK, KPU kabupaten/kota, KPU provinsi, "
            "dan KPU. Sementara itu, KPU kota Bogor sudah menyelesaikan rekapitulasi.")
    orgs = [(e.text, e.start) for e in beritaner.extract(text).of("ORG")]
    assert ("KPU kabupaten/kota", text.index("KPU kabupaten")) not in orgs
    assert not any(text[s : s + 12] in ("KPU kabupate", "KPU provinsi") for _t, s in orgs)
    assert ("KPU", text.index("dan KPU") + 4) in orgs  # the commission itself
    assert any(t.startswith("KPU kota Bogor") or t == "KPU" and s == text.index("KPU kota") for t, s in orgs)


@pytest.mark.parametrize("text, government", [
    ("Dari sisi Pemerintah, kebijakan fiskal ditempuh untuk menjaga daya beli.", True),
    ("Capaian ini tak lepas dari asistensi penuh Pemerintah yang terus mendukung PLN.", True),
    ("Pemerintah menargetkan negosiasi rampung bulan ini.", False),  # a sentence start says nothing
    ("Rapat itu dihadiri unsur pemerintah dan swasta.", False),  # the generic class
    ("Bantuan datang dari Pemerintah Provinsi Banten.", False),  # a longer body
])
def test_a_capitalised_pemerintah_in_mid_sentence_is_the_government(text, government):
    orgs = [e.text for e in beritaner.extract(text).of("ORG")]
    assert ("Pemerintah" in orgs) is government, orgs
