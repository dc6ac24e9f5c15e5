"""PERSON spans by the guidelines: honorifics in, ranks and forms of address out."""

from __future__ import annotations

import pytest

import beritaner
from beritaner.link import person_fields
from beritaner.recognizers.persons import find_persons
from beritaner.text import title_case_lines


@pytest.mark.parametrize(
    "sentence, span, pattern",
    [
        ("Hadir pula H. Ahmad Sahroni dalam acara itu.", "H. Ahmad Sahroni", "honorific"),
        ("Sambutan disampaikan Dr. Ir. Siti Nurbaya, M.Sc. di aula.", "Dr. Ir. Siti Nurbaya, M.Sc.", "honorific"),
        ("Pengasuh pondok KH. Ma'ruf Amin memberi tausiah.", "KH. Ma'ruf Amin", "honorific"),
        ("Kapolres Sukabumi AKBP Samian memimpin apel.", "Samian", "rank"),
        ("Oknum polisi Brigpol EA diperiksa Propam.", "EA", "rank"),
        ("Polisi menangkap tersangka RS di rumahnya.", "RS", "initials"),
        ("Pelaku berinisial MH sempat melarikan diri.", "MH", "initials"),
        ("Korban Sulastri (45) mengaku lega motornya kembali.", "Sulastri", "age"),
        ("Keduanya berinisial RS (27) dan AF (31).", "AF", "age"),
        ("Demikian disampaikan warga.\nPewarta: Rina Lestari\nEditor: Budi Santoso", "Rina Lestari", "byline"),
        ("Pembangunan akan dilanjutkan tahun depan.(Hadi)", "Hadi", "signoff"),
        ("Kami berterima kasih kepada Pak Joko Susilo atas bantuannya.", "Joko Susilo", "address"),
        ("Polisi memeriksa saudara QAR atas laporan pencemaran nama baik.", "QAR", "initials"),
        ("Laporan itu dibuat oleh dokter AYP pekan lalu.", "AYP", "initials"),
        ("Paket itu dari seseorang berinisial E di Jalan Sahabat.", "E", "initial"),
    ],
)
def test_person_patterns(sentence, span, pattern):
    found = {(sentence[c.start : c.end], c.attrs["pattern"]) for c in find_persons(sentence)}
    assert (span, pattern) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Tersangka diamankan di Mapolres pada Senin malam.",  # no initials
        "Korban TNI dan pelaku ASN sama-sama diperiksa.",  # acronyms, not initials
        "Warga Ibu Kota Nusantara menyambut baik rencana itu.",  # Ibu Kota is no address
        "Laporan keuangan (ANTARA) dirilis hari ini.",  # a credit is not a sign-off
    ],
)
def test_person_pattern_negatives(sentence):
    assert find_persons(sentence) == []


def test_person_fields_split_honorifics_and_rank():
    text = "Kapolda Lampung Irjen Pol Helmy Santika dan Dr. Ir. Siti Nurbaya, M.Sc. hadir."
    helmy = text.index("Helmy Santika")
    assert person_fields(text, helmy, helmy + len("Helmy Santika")) == {
        "name": "Helmy Santika", "honorifics": [], "rank": "Irjen Pol",
    }
    siti = text.index("Dr. Ir.")
    fields = person_fields(text, siti, siti + len("Dr. Ir. Siti Nurbaya, M.Sc."))
    assert fields["name"] == "Siti Nurbaya" and fields["honorifics"] == ["Dr.", "Ir.", "M.Sc."]


def test_headlines_are_title_case_lines():
    text = "Gubernur Tinjau Banjir Di Pesisir Selatan\nGubernur Sumbar meninjau lokasi banjir."
    assert title_case_lines(text) == ((0, text.index("\n")),)


def test_a_list_in_the_body_is_no_headline_but_the_credits_are_apart():
    text = ("RUPS Tetapkan Direksi Baru Pupuk Daerah\n\n"
            "Rapat umum pemegang saham menetapkan susunan direksi yang baru, Rabu (18/6/2025).\n\n"
            "Hendra Wiratama sebagai Direktur Utama\n\n"
            "Sulastri Kusumawati sebagai Direktur Keuangan\n\n"
            "Baca Juga Harga Pupuk Subsidi Tidak Naik Tahun Ini\n\n"
            "Direksi baru mulai bekerja pekan depan.\n\n"
            "Pewarta: Agus Salim\nEditor: Budi Santoso")
    lines = [text[s:e] for s, e in title_case_lines(text)]
    assert lines == ["RUPS Tetapkan Direksi Baru Pupuk Daerah", "Baca Juga Harga Pupuk Subsidi Tidak Naik Tahun Ini",
                     "Pewarta: Agus Salim", "Editor: Budi Santoso"]
    result = beritaner.extract(text)
    holders = {e.text: e.holder for e in result.entities if e.label == "OFFICE"}
    assert holders == {"Direktur Utama": "Hendra Wiratama", "Direktur Keuangan": "Sulastri Kusumawati"}


ARTICLE = (
    "Bupati Lebak Hasbi Jayabaya meninjau lokasi banjir di Kecamatan Cipanas, Senin (3/3/2025). "
    "\"Kami sudah siapkan posko,\" ujar Hasbi. Camat Cipanas Dedi Rahmat menambahkan, warga "
    "sudah dievakuasi. Menurut Dedi, bantuan datang dari Pemkab Lebak. Tersangka AR (34) "
    "ditangkap. AR mengaku menyesal."
)


def test_people_in_an_article(nlp):
    result = beritaner.extract(ARTICLE, reference_date="2025-03-04", nlp=nlp)
    persons = [e.text for e in result.of("PERSON")]
    assert persons == ["Hasbi Jayabaya", "Hasbi", "Dedi Rahmat", "Dedi", "AR", "AR"]
    groups = {g.name: len(g.mentions) for g in result.persons}
    assert groups == {"Hasbi Jayabaya": 2, "Dedi Rahmat": 2, "AR": 2}
    holders = {e.text: e.holder for e in result.of("OFFICE")}
    assert holders["Bupati Lebak"] == "Hasbi Jayabaya"
    assert holders["Camat Cipanas"] == "Dedi Rahmat"


@pytest.mark.parametrize(
    "text, office, holder",
    [
        ("Kejati menahan mantan Bupati Kampar periode 2016–2021, Azwar Halim, kemarin.", "Bupati Kampar", "Azwar Halim"),
        ("Sekda Kepri sebelumnya, Adi Prasetyo Wibowo, memasuki masa pensiun.", "Sekda Kepri", "Adi Prasetyo Wibowo"),
        ("Wakil Bupati Gorontalo Utara Hamzah Lasindrang resmi ditunjuk sebagai Plt Bupati Gorontalo Utara.",
         "Plt Bupati Gorontalo Utara", "Hamzah Lasindrang"),
        ("Direktur CV Bintang Karya berinisial HS divonis lima tahun.", "Direktur CV Bintang Karya", "HS"),
        ("Wali Kota Batam sekaligus Kepala BP Batam, Yudha Prasetya, membuka acara.", "Wali Kota Batam", "Yudha Prasetya"),
        # the post filled by a passive verb
        ("Tim itu kini memiliki Deputi Hukum yang dijabat oleh Todung Mulya Lubis.", "Deputi Hukum", "Todung Mulya Lubis"),
        ("Sementara itu, Deputi Hukum diisi Heru Dewanto sejak pekan lalu.", "Deputi Hukum", "Heru Dewanto"),
        # a clause cue: the nearest person before it in the same clause
        ("Emil Elestianto Dardak telah mengakhiri masa jabatannya sebagai Wakil Gubernur Jatim kemarin.",
         "Wakil Gubernur Jatim", "Emil Elestianto Dardak"),
        ("Eko Sulistyo ialah alumnus Universitas Sebelas Maret yang kini menjabat Komisaris PT PLN.",
         "Komisaris PT PLN", "Eko Sulistyo"),
        # a Balinese name after a rank; an office's short form in parentheses, then a retired rank
        ("Kapolsek Gianyar Kompol I Gede Sudyatmaja mengatakan motor itu oleng.", "Kapolsek Gianyar", "I Gede Sudyatmaja"),
        ("Hadir Ketua Dewan Pertimbangan Presiden (Wantimpres) Jenderal (Purn) Wiranto di Istana.",
         "Ketua Dewan Pertimbangan Presiden (Wantimpres)", "Wiranto"),  # (ANNOTATION.md: the acronym is in the span)
        # the term of the post between the office and its holder
        ("Tenaga Ahli BNPB 2019-2023 Budi Santoso mengatakan Doni Monardo wafat pagi ini.",
         "Tenaga Ahli BNPB", "Budi Santoso"),
        # a unit's code between the body and the region
        ("General Manager PLN UIW Bangka Belitung Teguh Ardiansyah di Pangkalpinang mengatakan gangguan bermula.",
         "General Manager PLN", "Teguh Ardiansyah"),
        # a demonstrative: the person the article was speaking of
        ("Hasto menemui Ketum PDIP Megawati Soekarnoputri di kediaman Presiden kelima RI itu, Jalan Teuku Umar.",
         "Presiden kelima RI", "Megawati Soekarnoputri"),
        ("Emil Dardak juga meninjau gedung tiga lantai itu. Mantan Bupati Trenggalek itu menyoroti kerja para developer.",
         "Bupati Trenggalek", "Emil Dardak"),
        ("Apa kata Ganjar Pranowo? Mantan gubernur Jawa Tengah yang menjabat dua periode ini merasa mendapat energi.",
         "gubernur Jawa Tengah", "Ganjar Pranowo"),
    ],
)
def test_holders_across_gaps(nlp, text, office, holder):
    result = beritaner.extract(text, nlp=nlp)
    offices = {e.text: e.holder for e in result.of("OFFICE")}
    assert offices.get(office) == holder, offices


@pytest.mark.parametrize(
    "text, office",
    [
        # a clause end between the person and the cue: "ia" is the holder, not Prabowo
        ("Setelah bertemu Prabowo Subianto, ia dilantik sebagai Menteri Pertahanan.", "Menteri Pertahanan"),
        # no person in the sentences before the demonstrative
        ("Rapat digelar di aula. Bupati Lebak itu tidak hadir.", "Bupati Lebak"),
    ],
)
def test_no_holder_without_a_person_in_reach(nlp, text, office):
    offices = {e.text: e.holder for e in beritaner.extract(text, nlp=nlp).of("OFFICE")}
    assert office in offices and offices[office] is None, offices


def test_acting_and_former_posts_are_other_people(nlp):
    text = (
        "Plt Bupati Gorontalo Utara Hamzah Lasindrang memimpin rapat, menggantikan Bupati Gorontalo Utara "
        "Ridwan Yusuf yang dirawat. Mantan Bupati Gorontalo Utara, Syarif Mooduto, ikut hadir. "
        "Plt Bupati meminta ASN solid, sedangkan mantan bupati itu mendoakan Ridwan."
    )
    result = beritaner.extract(text, nlp=nlp)
    holders = [(e.text, e.holder) for e in result.of("OFFICE")]
    assert holders[:3] == [
        ("Plt Bupati Gorontalo Utara", "Hamzah Lasindrang"),
        ("Bupati Gorontalo Utara", "Ridwan Yusuf"),
        ("Bupati Gorontalo Utara", "Syarif Mooduto"),
    ]
    assert ("Plt Bupati", "Hamzah Lasindrang") in holders


@pytest.mark.parametrize("sentence, not_a_person", [
    ("Pelaku membawa kunci T. Motor korban lalu dibawa kabur ke arah Malang.", "T. Motor"),
    ("Polisi menyita kunci T. Sepeda motor itu ditemukan di Kecamatan Lowokwaru.", "T. Sepeda"),
    ("Petugas menemukan huruf A. Gambar itu dilukis di tembok Pasar Besar.", "A. Gambar"),
])
def test_a_letter_after_a_noun_is_no_initial(nlp, sentence, not_a_person):
    # "kunci T" is the T-shaped key of motorbike thieves, not a person's initial
    persons = [e.text for e in beritaner.extract(sentence, nlp=nlp).of("PERSON")]
    assert not any(not_a_person in p or p in not_a_person for p in persons), persons


def test_an_initial_before_a_name_stays_a_name(nlp):
    result = beritaner.extract("Kepala Desa M. Nasir mengatakan warga diminta waspada.", nlp=nlp)
    assert [e.text for e in result.of("PERSON")] == ["M. Nasir"]


def test_a_ticket_is_two_people_and_a_particle_is_no_part_of_a_name(nlp):
    text = ("Pasangan Prabowo Subianto dan Gibran Rakabuming Raka mendaftar ke KPU. "
            "Relawan Prabowo Subianto-Gibran Rakabuming Raka berkumpul di Jakarta. "
            "Ketua Umum PDIP Megawati Soekarnoputri mengusung Ganjar Pranowo dan Mahfud MD. "
            "Warga memilih Ganjar-Mahfud, tetapi sebagian memilih Mahfud-lah yang lebih tegas.")
    persons = [e.text for e in beritaner.extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert "Prabowo Subianto-Gibran Rakabuming Raka" not in persons
    assert persons.count("Prabowo Subianto") == 2 and persons.count("Gibran Rakabuming Raka") == 2
    assert "Ganjar-Mahfud" not in persons and "Mahfud-lah" not in persons
    assert persons[-1] == "Mahfud"  # of Mahfud-lah


def test_a_headline_name_takes_only_the_words_the_body_knows(nlp):
    text = ("Ahok Berkata Menohok soal Kabar Gibran Cawapres Prabowo\n\n"
            "Jakarta - Politikus PDIP Basuki Tjahaja Purnama alias Ahok menanggapi kabar itu. "
            "Ahok mengatakan, semua pihak berhak maju.")
    persons = [e.text for e in beritaner.extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert persons[0] == "Ahok" and "Ahok Berkata Menohok" not in persons


def test_a_name_with_its_alias_is_one_person_and_the_holder_has_no_alias(nlp):
    text = ("Presiden Joko Widodo (Jokowi) membuka rapat kerja nasional di Jakarta. "
            "Presiden Jokowi meminta menteri bekerja cepat. "
            "Mantan Menteri Pertanian (Mentan) Syahrul Yasin Limpo (SYL) diperiksa KPK. SYL hadir pukul 09.00.")
    result = beritaner.extract(text, nlp=nlp)
    holders = [e.holder for e in result.entities if e.label == "OFFICE"]
    assert holders[:2] == ["Joko Widodo", "Joko Widodo"]
    assert "Syahrul Yasin Limpo" in holders
    groups = {g.name: [text[s:e] for s, e in g.mentions] for g in result.persons}
    assert groups["Joko Widodo"] == ["Joko Widodo (Jokowi)", "Jokowi"]
    assert groups["Syahrul Yasin Limpo"] == ["Syahrul Yasin Limpo (SYL)", "SYL"]


def test_a_retired_officer_s_rank_stays_outside_and_the_holder_is_found(nlp):
    text = ("KPK memastikan Ketua KPK Komjen Pol (Purn) Firli Bahuri tidak hadir. Wakil ketua tim "
            "dijabat mantan Panglima TNI Jenderal (Purn) Andika Perkasa.")
    result = beritaner.extract(text, nlp=nlp)
    offices = {e.text: e.holder for e in result.entities if e.label == "OFFICE"}
    assert offices["Ketua KPK"] == "Firli Bahuri" and offices["Panglima TNI"] == "Andika Perkasa"
    assert not any("Purn" in e.text for e in result.entities)


@pytest.mark.parametrize("sentence, not_a_person", [
    ("Ganjil genap ditiadakan pada Tahun Baru Islam 1447 H. Terkait hal itu, polisi berjaga.", "H. Terkait"),
    ("Acara Hari Ulang Tahun (HUT) ke-59 Golkar digelar. Presiden tiba di lokasi HUT ke-59 Golkar.", "HUT"),
    ("Nah beliau Bu Dirjen ini sudah membantu kami.", "Dirjen"),
    ("Raperda KTR ini disampaikan Gubernur DKI Jakarta Pramono Anung dalam rapat paripurna. "
     "Raperda itu akan dibahas bersama fraksi.", "Raperda"),
    ("Presiden datang untuk mendoakan Letjen Purn DR HC Doni Monardo, mantan Kepala BNPB.", "Purn"),
    ("Lomba Musabaqah Tilawatil Qur'an (MTQ) diikuti 500 peserta. Cabang Tafsir Al Qur'an juga dilombakan.", "Qur'an (MTQ)"),
])
def test_words_that_only_look_like_names(nlp, sentence, not_a_person):
    persons = [e.text for e in beritaner.extract(sentence, nlp=nlp).entities if e.label == "PERSON"]
    assert not_a_person not in persons


def test_an_honorary_doctorate_stays_in_the_name_and_the_retired_mark_outside(nlp):
    text = "Presiden datang untuk mendoakan Letjen Purn DR HC Doni Monardo, mantan Kepala BNPB."
    persons = [e.text for e in beritaner.extract(text, nlp=nlp).of("PERSON")]
    assert persons == ["DR HC Doni Monardo"]


def test_holders_through_a_negated_link_a_board_list_and_a_spelled_out_honorific(nlp):
    text = ("Dalam putusan itu, Gunawan Sutrisno tak lagi menjabat sebagai Wakil Direktur Utama Pupuk Daerah. "
            "Selain itu, Rina Kartika selaku Direktur Pemasaran dan Bambang Hartono selaku Direktur Produksi "
            "juga diberhentikan. Acara dibuka Presiden Insinyur Joko Widodo.")
    result = beritaner.extract(text, nlp=nlp)
    holders = {e.text: e.holder for e in result.entities if e.label == "OFFICE"}
    assert holders == {"Wakil Direktur Utama Pupuk Daerah": "Gunawan Sutrisno",
                       "Direktur Pemasaran": "Rina Kartika", "Direktur Produksi": "Bambang Hartono",
                       "Presiden": "Joko Widodo"}


def test_a_headline_name_ends_at_its_last_word_the_body_writes(nlp):
    text = ("Kapolda Baru Irjen Surya Atmaja Masuk Kantor Hari Pertama\n\n"
            "Kapolda Sumbar Irjen Surya Atmaja masuk kantor untuk pertama kali, Senin (3/3/2025).")
    result = beritaner.extract(text, nlp=nlp)
    people = [e.text for e in result.entities if e.label == "PERSON"]
    assert people == ["Surya Atmaja", "Surya Atmaja"]
    assert [p.name for p in result.persons] == ["Surya Atmaja"]


def test_one_holder_named_before_two_posts_and_a_portfolio_after_a_cue(nlp):
    text = ("KPK memeriksa Haryono selaku Direktur Penempatan Kemnaker (2019-2024) dan Dirjen Binapenta "
            "Kemnaker (2024-2025) pekan ini. Rapat itu memberhentikan Edi Santosa sebagai Direktur Retail "
            "dan Niaga serta Wiluyo Kusdiharto sebagai Direktur Manajemen Proyek.")
    result = beritaner.extract(text, nlp=nlp)
    holders = {e.text: e.holder for e in result.entities if e.label == "OFFICE"}
    assert holders == {"Direktur Penempatan Kemnaker": "Haryono", "Dirjen Binapenta Kemnaker": "Haryono",
                       "Direktur Retail dan Niaga": "Edi Santosa",
                       "Direktur Manajemen Proyek": "Wiluyo Kusdiharto"}


def test_a_rank_in_capitals_is_a_rank(nlp):
    text = '"Truk itu menabrak dari belakang," kata IPTU Eko Sulistiyono. BRIPKA Andi Saputra membantu.'
    result = beritaner.extract(text, nlp=nlp)
    assert [e.text for e in result.entities if e.label == "PERSON"] == ["Eko Sulistiyono", "Andi Saputra"]
    assert [q.speaker for q in result.quotes] == ["Eko Sulistiyono"]


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("“Kami melapor hari ini,” kata Koordinator FPAK, Rahman Hakim, saat ditemui di gedung KPK.", "Rahman Hakim"),
        ("KPK memeriksa Luqman Hakim selaku mantan staf khusus menteri.", "Luqman Hakim"),
    ],
)
def test_a_title_word_closing_a_name_stays_in_it(sentence, person):
    names = [e.text for e in beritaner.extract(sentence).entities if e.label == "PERSON"]
    assert person in names


def test_a_judge_after_a_common_word_is_still_no_name():
    entities = beritaner.extract("Sidang itu dipimpin Hakim Ketua di Pengadilan Negeri Serang.").entities
    assert not [e for e in entities if e.label == "PERSON" and "Hakim" in e.text]


def test_one_initial_is_a_person_throughout_but_not_a_letter(nlp):
    text = ("Seorang kurir berinisial F mendapat pesanan mengantar paket. Namun, F merasa curiga. "
            "\"Saya curiga terus,\" ujar F. Ia lalu melapor. Paket itu melanggar Pasal 5 huruf F, kata polisi kepada E.")
    persons = [(e.text, e.start) for e in beritaner.extract(text, nlp=nlp).entities if e.label == "PERSON"]
    letters = [p for p, _ in persons]
    assert letters.count("F") == 3, persons
    assert text.index("huruf F") + 6 not in [start for _, start in persons]
    assert ("E", text.rindex("E")) in persons  # the sentence's full stop stays outside


def test_a_short_ticket_splits_when_the_article_names_both_in_full():
    import beritaner

    text = (
        "Pasangan Prabowo Subianto-Gibran Rakabuming Raka unggul di Jawa Timur. "
        "Di Kota Surabaya, Prabowo-Gibran meraih 59,18 persen suara."
    )
    persons = [e.text for e in beritaner.extract(text).entities if e.label == "PERSON"]
    assert persons == ["Prabowo Subianto", "Gibran Rakabuming Raka", "Prabowo", "Gibran"]


def test_bin_joins_a_name_to_the_father_s_and_habib_stays_in_the_name(nlp):
    text = "Anggota Wantimpres Habib Luthfi bin Yahya hadir dalam acara itu. Habib Luthfi mengatakan hal itu."
    result = beritaner.extract(text, nlp=nlp)
    assert [e.text for e in result.entities if e.label == "PERSON"] == ["Habib Luthfi bin Yahya", "Habib Luthfi"]
    assert [e.holder for e in result.entities if e.label == "OFFICE"] == ["Habib Luthfi bin Yahya"]


@pytest.mark.parametrize("text, persons", [
    # roles and meetings are never people
    ("Menurut Pengamat, rupiah masih tertekan, kata Ibrahim Assuaibi.", ["Ibrahim Assuaibi"]),
    ("Hal itu disampaikan Hasto seusai Rakor di Surabaya, Sabtu.", ["Hasto"]),
    # the person in a role of the case is named after it
    ("Sidang itu dipimpin hakim Rosihan Juhriah Rangkuti di Pengadilan Tipikor Jakarta.", ["Rosihan Juhriah Rangkuti"]),
    ('"Aset itu tidak sah," kata Ketua Majelis Hakim, Rosihan Juhriah Rangkuti.', ["Rosihan Juhriah Rangkuti"]),
    # a body after a role that is no case role stays unnamed
    ("Petugas Ambulans Gawat Darurat (AGD) tiba di lokasi. Jaksa Pengacara Negara (JPN) hadir.", []),
])
def test_the_people_next_to_roles(text, persons):
    assert [e.text for e in beritaner.extract(text).entities if e.label == "PERSON"] == persons


def test_a_handle_in_lowercase_does_not_make_a_name_an_everyday_word():
    text = ("Presiden Prabowo Subianto menelepon Donald Trump. Prabowo membagikan momen itu di akun "
            "Instagram @prabowo pada Kamis. Prabowo menyebut pembicaraan berlangsung hangat.")
    persons = [e.text for e in beritaner.extract(text).entities if e.label == "PERSON"]
    assert persons.count("Prabowo") == 2, persons


def test_tubagus_opens_a_name_and_no_body_takes_it(nlp):
    text = "Anggota Komisi I DPR dari Fraksi PDI-P TB Hasanuddin meminta calon Panglima TNI bersikap netral."
    found = [(e.label, e.text) for e in beritaner.extract(text, nlp=nlp).entities]
    assert ("ORG", "Fraksi PDI-P") in found and ("PERSON", "TB Hasanuddin") in found, found


def test_a_name_opened_by_an_initial_runs_on_over_its_last_words(nlp):
    text = ("Direktur Utama PT Asuransi Kredit Indonesia (Askrindo) M Fankar Umran menjelaskan, "
            "perlambatan ekonomi global turut dirasakan. “Kami tetap optimistis,” jelas Fankar.")
    result = beritaner.extract(text, nlp=nlp)
    assert [e.text for e in result.of("PERSON")][0] == "M Fankar Umran"
    assert [e.holder for e in result.of("OFFICE")] == ["M Fankar Umran"]


def test_a_five_word_name_read_in_two_overlapping_pieces_is_one_person(nlp):
    text = ("Menurut Anggota Dewan Pembina PSI Ratu Ayu Isyana Bagoes Oka, pihaknya menganggap keempat "
            "nama itu cukup kompeten.")
    result = beritaner.extract(text, nlp=nlp)
    assert [e.text for e in result.of("PERSON")] == ["Ratu Ayu Isyana Bagoes Oka"]
    assert [e.holder for e in result.of("OFFICE")] == ["Ratu Ayu Isyana Bagoes Oka"]


def test_the_names_of_quran_contest_branches_are_no_people(nlp):
    text = ("Kafilah Kabupaten Pesisir Selatan mengikuti Musabaqah Tilawatil Qur'an (MTQ) tingkat provinsi. "
            "Cabang yang dilombakan meliputi Qiraatul Qur'an, Hafalan Al-Qur'an, Tafsir Al-Qur'an, "
            "Fahmil Qur'an dan Syarhil Qur'an. Ketua LPTQ Rusma Yul Anwar berharap kafilah meraih juara "
            "umum MTQ tahun ini.")
    persons = [e.text for e in beritaner.extract(text, nlp=nlp).of("PERSON")]
    assert persons == ["Rusma Yul Anwar"], persons


def test_a_form_of_address_alone_is_no_person(nlp):
    text = ("“Pesan Bu Gubernur dulu jelas, bekerja untuk rakyat,” kata Kepala Dinas Sosial Kalimantan "
            "Selatan Siti Aminah. Ia mengaku sudah lama mengenal Pak Ahmad. “Kami ikut arahan Pak,” katanya.")
    persons = [e.text for e in beritaner.extract(text, nlp=nlp).of("PERSON")]
    assert "Siti Aminah" in persons and "Ahmad" in persons, persons
    assert not {"Bu", "Pak"} & set(persons), persons



def test_a_headline_name_counts_once_the_body_writes_it_again():
    from beritaner.candidates import Candidate
    from beritaner.recognizers.persons import _headline_names_in_the_body

    text = ("Prabowo Melesat di Jabar, Tinggalkan Anies dan Ganjar\n\n"
            "Hasil hitung cepat di Jawa Barat menunjukkan pasangan nomor urut 02 unggul jauh. "
            "Kota Bandung: Anies-Cak Imin 41.220, Prabowo-Gibran 160.114.")
    headlines = title_case_lines(text)
    model = [Candidate(text.index(w), text.index(w) + len(w), "PERSON", 0.75, "model")
             for w in ("Prabowo Melesat", "Anies", "Ganjar")]
    # "Anies" is written again in the body; "Prabowo Melesat" (the headline's verb
    # read into the name) and "Ganjar" are not
    assert _headline_names_in_the_body(text, model, headlines) == {"Anies"}
