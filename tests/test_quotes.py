"""Who said what: quotes and speakers on our own news-style Indonesian text."""

from __future__ import annotations

import pytest

import beritaner
from beritaner.evaluation.evaluate import match_quotes
from beritaner.records import Extraction, Quote

ARTICLE = (
    "Pemprov Banten Percepat Perbaikan Jalan\n\n"
    "Serang - Gubernur Banten Andra Soni meninjau perbaikan Jalan Raya Serang-Pandeglang, "
    "Kamis (19/2/2026). Ia memastikan perbaikan rampung sebelum arus mudik.\n\n"
    "\"Kami targetkan seluruh ruas selesai dua pekan sebelum Lebaran,\" ujar Andra Soni "
    "usai meninjau lokasi.\n\n"
    "\"Anggarannya sudah siap. Kontraktor juga sudah kami minta bekerja siang dan malam,\" "
    "katanya.\n\n"
    "Kepala Dinas PUPR Banten Arlan Marzan mengatakan, pengerjaan dilakukan bertahap mulai "
    "dari ruas yang paling rusak.\n\n"
    "Menurut Arlan, cuaca menjadi tantangan utama dalam pengerjaan jalan tersebut.\n\n"
    "Warga menyambut baik program \"Jalan Mulus\" tersebut. Polda Banten menyatakan siap "
    "mengamankan arus mudik di seluruh wilayah Banten.\n\n"
    "Pengerjaan akan dipercepat pekan depan, kata Kapolda Banten Irjen Suyudi Ario Seto."
)


@pytest.fixture(scope="module")
def result(nlp) -> Extraction:
    return beritaner.extract(ARTICLE, reference_date="2026-02-19", nlp=nlp)


def _by_start(result: Extraction, words: str) -> Quote:
    return next(q for q in result.quotes if q.text.startswith(words))


def test_offsets_index_the_text(result):
    assert len(result.quotes) >= 6
    for q in result.quotes:
        assert ARTICLE[q.start:q.end] == q.text
        assert '"' not in q.text  # the marks stay outside
    assert [q.start for q in result.quotes] == sorted(q.start for q in result.quotes)


@pytest.mark.parametrize("words, kind, cue, speaker, label", [
    ("Kami targetkan seluruh ruas", "direct", "ujar", "Andra Soni", "PERSON"),
    ("Anggarannya sudah siap", "direct", "katanya", "Andra Soni", "PERSON"),  # pronoun cue
    ("perbaikan rampung sebelum arus mudik", "indirect", "memastikan", "Andra Soni", "PERSON"),
    ("pengerjaan dilakukan bertahap", "indirect", "mengatakan", "Arlan Marzan", "PERSON"),
    ("cuaca menjadi tantangan utama", "indirect", "Menurut", "Arlan Marzan", "PERSON"),  # fullest name
    ("siap mengamankan arus mudik", "indirect", "menyatakan", "Polda Banten", "ORG"),
    ("Pengerjaan akan dipercepat pekan depan", "indirect", "kata", "Suyudi Ario Seto", "PERSON"),
])
def test_quote_kind_cue_and_speaker(result, words, kind, cue, speaker, label):
    quote = _by_start(result, words)
    assert (quote.kind, quote.cue, quote.speaker_label) == (kind, cue, label)
    assert quote.speaker is not None and quote.speaker.endswith(speaker)


def test_the_speakers_offices_come_from_the_holder_links(result):
    quote = _by_start(result, "pengerjaan dilakukan bertahap")
    assert quote.speaker_offices == ("Kepala Dinas PUPR Banten",)
    assert ARTICLE[quote.speaker_start:quote.speaker_end] == "Arlan Marzan"


def test_titles_slogans_and_headlines_are_no_quotes(result):
    assert not any(q.text == "Jalan Mulus" for q in result.quotes)
    headline_end = ARTICLE.index("\n")
    assert not any(q.start < headline_end for q in result.quotes)


def test_scraped_question_marks_stand_for_curly_quotes(nlp):
    text = ("Bupati Lebak Hasbi Jayabaya meninjau banjir di Kecamatan Cipanas.\n\n"
            "?Kami sudah siapkan posko dan dapur umum untuk warga,? kata Hasbi.")
    (quote,) = beritaner.extract(text, nlp=nlp).quotes
    assert quote.text == "Kami sudah siapkan posko dan dapur umum untuk warga"
    assert quote.speaker.endswith("Hasbi Jayabaya") and quote.kind == "direct"


def test_a_quote_over_two_paragraphs_is_one_per_paragraph_same_speaker(nlp):
    text = ("Wali Kota Bogor Dedie A Rachim membuka pasar murah di Balai Kota Bogor.\n\n"
            "\"Pasar murah ini kami gelar setiap pekan selama bulan puasa,\" kata Dedie.\n\n"
            "\"Warga cukup membawa KTP untuk membeli beras dan minyak goreng.\"")
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [q.text.split()[0] for q in quotes] == ["Pasar", "Warga"]
    assert quotes[1].cue is None and quotes[1].speaker == quotes[0].speaker
    assert quotes[0].speaker.endswith("Rachim")


def test_an_office_without_a_named_holder_speaks_as_the_office(nlp):
    text = "Jalan itu segera diperbaiki tahun ini, kata Bupati Serang."
    (quote,) = beritaner.extract(text, nlp=nlp).quotes
    assert (quote.speaker, quote.speaker_label) == ("Bupati Serang", "OFFICE")


def test_quotes_are_on_the_wire_and_in_the_schema(result):
    wire = result.model_dump(mode="json")
    assert wire["quotes"][0]["kind"] in ("direct", "indirect")
    assert Extraction.model_validate(wire) == result
    assert "Quote" in Extraction.model_json_schema()["$defs"]


def test_match_quotes_counts_overlap_and_speakers():
    gold = [{"start": 0, "end": 10, "speaker": "Andra Soni"}, {"start": 20, "end": 30, "speaker": "X"}]
    system = [{"start": 2, "end": 12, "speaker": "andra  soni"}, {"start": 40, "end": 50, "speaker": None}]
    counts, speaker = match_quotes(gold, system)
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)
    assert (speaker.correct, speaker.total) == (1, 1)


def test_quotes_frame_one_row_per_quote(result):
    frame = beritaner.to_frame([result], kind="quotes")
    assert len(frame) == len(result.quotes)
    row = frame[frame["text"].str.startswith("pengerjaan dilakukan")].iloc[0]
    assert row["speaker"] == "Arlan Marzan" and row["speaker_offices"] == ("Kepala Dinas PUPR Banten",)
    assert str(frame["start"].dtype) == "Int64"
    with pytest.raises(ValueError, match="kind must be"):
        beritaner.to_frame([result], kind="people")


def test_a_pronoun_takes_the_speaker_just_before_it_in_the_same_paragraph(nlp):
    # the second speaker is named in the paragraph that refers back to them
    text = ("Bupati Pandeglang Raden Dewi Setiani memastikan bantuan beras tiba pekan ini.\n\n"
            "Kepala BPBD Pandeglang Girgi Jantoro mengatakan, dua desa masih terendam hingga "
            "50 sentimeter. Menurut dia, warga diminta tetap waspada. Ia menambahkan, perahu "
            "karet disiagakan di Kecamatan Patia. \"Petugas berjaga 24 jam,\" ujarnya.")
    quotes = beritaner.extract(text, reference_date="2025-03-05", nlp=nlp).quotes
    assert [(q.text.split()[0], q.cue, q.speaker) for q in quotes] == [
        ("bantuan", "memastikan", "Raden Dewi Setiani"),
        ("dua", "mengatakan", "Girgi Jantoro"),
        ("warga", "Menurut dia", "Girgi Jantoro"),
        ("perahu", "menambahkan", "Girgi Jantoro"),
        ("Petugas", "ujarnya", "Girgi Jantoro"),
    ]
    assert all(q.speaker_offices == ("Kepala BPBD Pandeglang",) for q in quotes[1:])


def test_a_cue_between_commas_makes_the_whole_sentence_one_quote(nlp):
    text = ("Bupati Garut Rudy Gunawan meninjau pasar darurat di Kecamatan Garut Kota. "
            "Saat ini, kata Rudy, pedagang sudah bisa berjualan kembali. "
            "Namun, kata dia, pembangunan kios permanen baru dimulai tahun depan.")
    quotes = beritaner.extract(text, reference_date="2025-03-05", nlp=nlp).quotes
    assert [(q.text, q.cue, q.speaker) for q in quotes] == [
        ("Saat ini, kata Rudy, pedagang sudah bisa berjualan kembali", "kata", "Rudy Gunawan"),
        ("Namun, kata dia, pembangunan kios permanen baru dimulai tahun depan", "kata", "Rudy Gunawan"),
    ]


@pytest.mark.parametrize("text, words, cue, speaker", [
    # reported speech after a direct quote in the same sentence (no full stop between)
    ('Kasat Lantas Polres Garut AKP Dedi Supriadi memantau arus. "Jalur aman," kata AKP Dedi '
     "saat dihubungi, Minggu (11/2/2024) Dedi menjelaskan kepadatan hanya terjadi di Nagreg.",
     "kepadatan hanya terjadi di Nagreg", "menjelaskan", "Dedi Supriadi"),
    # a pronoun and a gap word before the cue
    ("Ketua Kadin Jawa Barat Roy Nicholas Mandey hadir. Dia kemudian mengungkapkan pelaku UMKM harus naik kelas.",
     "pelaku UMKM harus naik kelas", "mengungkapkan", "Roy Nicholas Mandey"),
    # menurut inside the sentence
    ("Pakar hukum Chairul Huda bersaksi. Sebab itu, tidak logis menurutnya bila penyelidikan dihalangi.",
     "Sebab itu, tidak logis menurutnya bila penyelidikan dihalangi", "menurutnya", "Chairul Huda"),
    ("Juru bicara KPK Ali Fikri memberi keterangan. Pasalnya, menurut Ali, surat sudah dikirim kemarin.",
     "Pasalnya, menurut Ali, surat sudah dikirim kemarin", "menurut", "Ali Fikri"),
    # Menurut X with a long apposition, and Menurut <description> itu
    ("Menurut Ahok yang pernah menjadi bupati di Belitung Timur, Gibran belum pantas maju.",
     "Gibran belum pantas maju", "Menurut", "Ahok"),
    ("Pengamat Hasto Kristiyanto hadir. Menurut dosen Universitas Pertahanan itu, rapat digelar besok pagi.",
     "rapat digelar besok pagi", "Menurut dosen Universitas Pertahanan itu", "Hasto Kristiyanto"),
    # a reporting verb from the guideline's open list
    ("Kasi Humas Polresta Malang Kota Ipda Yudi Risdiyanto membenarkan, pemeriksaan dilakukan pekan ini.",
     "pemeriksaan dilakukan pekan ini", "membenarkan", "Yudi Risdiyanto"),
    # more reporting verbs the annotators read as cues: a forecast, a breakdown, a common misspelling
    ("Prakirawan BMKG Juanda Ayu Lestari memprakirakan hujan lebat turun hingga Kamis.",
     "hujan lebat turun hingga Kamis", "memprakirakan", "Ayu Lestari"),
    ("Kepala Badan Kebijakan Fiskal Febrio Kacaribu merinci bahwa penerimaan pajak naik 12 persen.",
     "penerimaan pajak naik 12 persen", "merinci", "Febrio Kacaribu"),
    ("Camat Cibeber Asep Saepudin menghimbau warga menjauhi bantaran sungai.",
     "warga menjauhi bantaran sungai", "menghimbau", "Asep Saepudin"),
])
def test_more_ways_news_reports_speech(nlp, text, words, cue, speaker):
    quotes = beritaner.extract(text, reference_date="2024-02-12", nlp=nlp).quotes
    match = [q for q in quotes if q.text == words]
    assert match, [q.text for q in quotes]
    assert (match[0].cue, match[0].speaker) == (cue, speaker)


def test_speakers_through_alias_rank_and_a_title_that_points_back(nlp):
    text = ("Mantan Gubernur DKI Jakarta Basuki Tjahaja Purnama alias Ahok menanggapi kabar itu. "
            "Ahok menegaskan, dirinya mendukung pasangan itu.\n\n"
            '"Saya enggak pernah takut," kata Ketua Keluarga Alumni Universitas Gadjah Mada (KAGAMA) itu.\n\n'
            'Kanit PJR Polda Jatim AKP Agus Wibowo memantau arus. "Ada haul akbar di Kedinding," kata AKP Agus.')
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [q.speaker for q in quotes] == ["Basuki Tjahaja Purnama"] * 2 + ["Agus Wibowo"]


def test_speakers_through_a_nickname_a_role_and_a_spokesperson(nlp):
    text = ("Menteri Sosial Saifullah Yusuf atau Gus Ipul meninjau posko pengungsi. "
            '"Bantuan sudah hampir Rp5 miliar," kata Gus Ipul.\n\n'
            "Dalam sidang itu, hakim anggota Purwanto S Abdullah mengatakan terdakwa menerima uang.\n\n"
            '"Menimbang bahwa terdakwa menerima uang sebesar Rp5 miliar," ujar hakim.\n\n'
            '"Pertemuan itu ditunda pekan depan," kata Juru Bicara Wakil Presiden Masduki Baidlowi.')
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [q.speaker for q in quotes] == [
        "Saifullah Yusuf", "Purwanto S Abdullah", "Purwanto S Abdullah", "Masduki Baidlowi"]


def test_atau_between_two_full_names_is_a_choice_not_a_nickname(nlp):
    text = "Warga diminta memilih Prabowo Subianto atau Ganjar Pranowo dalam survei itu."
    persons = beritaner.extract(text, nlp=nlp).persons
    assert sorted(p.name for p in persons) == ["Ganjar Pranowo", "Prabowo Subianto"]


def test_a_role_with_an_unrecognised_capital_after_it_guesses_no_one(nlp):
    # ``Hakim Agung Soesilo`` is an office with its holder, not the role ``hakim``
    text = ("Zarof menemui Hakim Agung Soesilo di Jakarta.\n\n"
            '"Terdakwa terbukti bersalah," ujar hakim.')
    result = beritaner.extract(text, nlp=nlp)
    assert ("OFFICE", "Hakim Agung") in [(e.label, e.text) for e in result.entities]
    assert [q.speaker for q in result.quotes] == [None]


def test_speakers_named_by_a_description_an_apposition_and_more_cues(nlp):
    text = ('Ketua Komisi III DPR Ahmad Sahroni memuji polisi. "Pengawasan harus dioptimalkan," '
            "ujar politikus NasDem itu.\n\n"
            'Desi (28) mengaku terbantu pasar murah. "Harganya lebih murah," ungkap warga Genteng Kulon ini.\n\n'
            '"Ranjau paku itu berbahaya bagi wisatawan," ujar salah satu sopir jip, Choirul Umam.\n\n'
            '"Kami rugi besar tahun ini," keluhnya.\n\n'
            '"Jenazah ditemukan di hutan," kata Kepala Pusat Penerangan (Kapuspen) TNI, Mayjen TNI '
            "Kristomei Sianturi, Rabu.\n\n"
            '"Pembangunan harus cepat selesai," beber Prabowo Subianto.')
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [(q.cue, q.speaker) for q in quotes] == [
        ("ujar", "Ahmad Sahroni"), ("ungkap", "Desi"), ("ujar", "Choirul Umam"),
        ("keluhnya", "Choirul Umam"), ("kata", "Kristomei Sianturi"), ("beber", "Prabowo Subianto")]


def test_a_description_far_from_any_name_falls_back_to_the_last_speaker(nlp):
    text = ('"Kami siap," kata Bupati Garut Rudy Gunawan.\n\n' + "Warga menunggu lama di sana. " * 30 +
            '\n\n"Ini sudah cukup," ujar pria berkacamata itu.')
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [q.speaker for q in quotes] == ["Rudy Gunawan", "Rudy Gunawan"]


def test_a_person_named_inside_a_quote_is_not_the_one_described(nlp):
    text = ('Ganjar Pranowo mengaku bertemu Presiden Joko Widodo di Istana, Senin.\n\n'
            '"Masyarakat ingin pemilu yang adil dan netral," ujar eks anggota DPR itu.')
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [(q.cue, q.speaker) for q in quotes][-1] == ("ujar", "Ganjar Pranowo")


def test_a_time_or_an_amount_with_a_full_stop_does_not_end_the_sentence(nlp):
    # "pukul 12.00 WIB" and "Rp5.000" once cut the sentence, and its cue with it
    text = ("Kasat Lantas Polres Tanjung Perak AKP Moch Suud menjelaskan kegiatan haul sudah "
            "selesai dan bubaran pukul 12.00 WIB. Tarif parkir Rp5.000 per bus, kata Suud.\n\n"
            "\"Arus balik lancar,\" jelasnya.")
    quotes = beritaner.extract(text, reference_date="2025-06-22", nlp=nlp).quotes
    assert [(q.text.split()[0], q.cue, q.speaker) for q in quotes] == [
        ("kegiatan", "menjelaskan", "Moch Suud"),
        ("Tarif", "kata", "Moch Suud"),
        ("Arus", "jelasnya", "Moch Suud"),
    ]
    assert quotes[0].text.endswith("pukul 12.00 WIB")


def test_a_long_title_the_grammar_misses_still_leads_to_the_name_after_its_commas(nlp):
    text = ("\"Kita harapkan Juni ini sudah selesai negosiasinya,\" ujar Deputi bidang Koordinasi "
            "Pengelolaan dan Pengembangan Usaha Badan Usaha Milik Negara, Kementerian Koordinator "
            "bidang Perekonomian, Ferry Irawan di Jakarta, Rabu (18/6/2025).")
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [(q.cue, q.speaker, q.speaker_label) for q in quotes] == [("ujar", "Ferry Irawan", "PERSON")]
    assert "Deputi" not in [e.text for e in beritaner.extract(text, nlp=nlp).entities if e.label == "PERSON"]


@pytest.mark.parametrize(
    "text, cue, speaker",
    [
        # a capitalised description, then the name after a comma
        ("“Terjadi erupsi Gunung Lewotobi pada Selasa malam,” ungkap Petugas Pos Pengamatan Gunung Api, "
         "Yohanes Kolli Sorywutun dalam keterangannya.", "ungkap", "Yohanes Kolli Sorywutun"),
        # "Menurut <description> ini," points back to the person just quoted
        ("Prabowo Subianto berbicara di Jakarta. \"Saya mantap bersatu,\" ucapnya. Menurut Bacapres Koalisi "
         "Indonesia Maju ini, hilirisasi membuat Indonesia berdikari.", "Menurut Bacapres Koalisi Indonesia Maju ini",
         "Prabowo Subianto"),
    ],
)
def test_speakers_after_a_description(nlp, text, cue, speaker):
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert (cue, speaker) in [(q.cue, q.speaker) for q in quotes]


def test_an_initial_inside_a_name_does_not_end_the_sentence_and_more_reporting_verbs(nlp):
    text = ("Direktur Jenderal Perhubungan Udara, Lukman F. Laisa, menyampaikan keselamatan penerbangan "
            "adalah prioritas tertinggi.\n\nGanjar Pranowo merasa fasilitas negara tidak akan digunakan "
            "pihak mana pun.")
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [(q.cue, q.speaker, q.text.split()[0]) for q in quotes] == [
        ("menyampaikan", "Lukman F. Laisa", "keselamatan"),
        ("merasa", "Ganjar Pranowo", "fasilitas"),
    ]


def test_a_sentence_opened_by_a_role_quotes_the_person_in_that_role(nlp):
    text = ("Sidang dipimpin hakim ketua Purwanto S Abdullah di Jakarta. \"Menjatuhkan pidana penjara,\" "
            "ujar hakim.\n\nHakim mengatakan Lisa memberikan uang Rp 5 miliar ke Zarof.")
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [(q.cue, q.speaker) for q in quotes] == [("ujar", "Purwanto S Abdullah"), ("mengatakan", "Purwanto S Abdullah")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“Di dekat kandang ada tempat pembuangan kotoran sapi,” jelas Bu Rini kepada wartawan.", "Rini"),
        ("Menteri Imipas Agus Andrianto makan bersama napi. \"Ngecek sama atau nggak,\" ujar Menteri Agus.",
         "Agus Andrianto"),
    ],
)
def test_a_form_of_address_or_a_bare_title_before_the_speaker_s_name(nlp, text, speaker):
    assert [q.speaker for q in beritaner.extract(text, nlp=nlp).quotes] == [speaker]


def test_a_longer_description_closed_by_a_demonstrative_points_back(nlp):
    text = ("Ganjar Pranowo mengaku senang dengan dukungan Yenny Wahid. \"Saya sowan beliau, ketemu Mbak "
            "Yenny juga,\" ungkap mantan wakil ketua Komisi II DPR RI itu.")
    assert [q.speaker for q in beritaner.extract(text, nlp=nlp).quotes] == ["Ganjar Pranowo", "Ganjar Pranowo"]


def test_straight_and_curly_marks_mixed_and_a_closing_mark_used_to_open(nlp):
    text = ("Banjir rob kembali merendam pesisir utara Kabupaten Demak, Senin (3/3/2025).\n\n"
            "\"Air mulai masuk rumah warga sejak pukul tiga pagi,” ujar Camat Sayung Sutomo.\n\n"
            "”Kami sudah mendirikan dua posko pengungsian di balai desa,” kata Sutomo.")
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [q.text for q in quotes] == [
        "Air mulai masuk rumah warga sejak pukul tiga pagi",
        "Kami sudah mendirikan dua posko pengungsian di balai desa",
    ]
    assert all(q.kind == "direct" and q.speaker == "Sutomo" for q in quotes)


def test_a_closing_mark_whose_opening_the_scraper_lost_closes_after_the_reported_sentence(nlp):
    text = ("Kepala Stasiun Meteorologi Ahmad Yani Semarang Sutikno Wibowo mengatakan hujan lebat "
            "masih akan turun hingga akhir pekan. Warga diminta menjauhi bantaran sungai. "
            "Potensi banjir masih tinggi di wilayah pesisir,\" ujarnya.")
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "hujan lebat masih akan turun hingga akhir pekan"),
        ("direct", "Warga diminta menjauhi bantaran sungai. Potensi banjir masih tinggi di wilayah pesisir"),
    ]
    assert {q.speaker for q in quotes} == {"Sutikno Wibowo"}


@pytest.mark.parametrize("text, words, speaker", [
    # a long title without commas runs up to its holder's name
    ("\"Aktivitas kegempaan meningkat sejak dua hari terakhir,\" ujar Kepala Pos Pengamatan "
     "Gunung Slamet Dadang Sukmana, Selasa (4/3/2025). Dadang meminta warga tidak mendaki.",
     "Aktivitas kegempaan meningkat sejak dua hari terakhir", "Dadang Sukmana"),
    # where it was said may stand between the speaker and the cue
    ("Direktur Utama PT Angkasa Pura Indonesia Faik Fahmi dalam keterangan tertulis "
     "mengatakan jumlah penumpang naik 12 persen selama libur sekolah.",
     "jumlah penumpang naik 12 persen selama libur sekolah", "Faik Fahmi"),
])
def test_the_speaker_after_a_long_title_or_a_where_it_was_said(nlp, text, words, speaker):
    quote = beritaner.extract(text, nlp=nlp).quotes[0]
    assert (quote.text, quote.speaker) == (words, speaker)


def test_a_body_named_by_its_alias_speaks_under_the_name_the_article_gave_it(nlp):
    text = ("Komisi Pemberantasan Korupsi (KPK) memeriksa dua pejabat Dinas PUPR Kota Medan. "
            "KPK meminta para saksi kooperatif dan hadir memenuhi panggilan penyidik.")
    (quote,) = beritaner.extract(text, nlp=nlp).quotes
    assert quote.cue == "meminta" and quote.speaker_label == "ORG"
    assert quote.speaker == "Komisi Pemberantasan Korupsi"


def test_a_body_first_named_inside_an_office_speaks_under_its_full_name(nlp):
    text = ("Ketua Majelis Kehormatan Mahkamah Konstitusi (MKMK) Jimly Asshiddiqie membacakan putusan "
            "di Jakarta. MKMK menyatakan hakim terlapor terbukti melanggar kode etik.")
    ex = beritaner.extract(text, nlp=nlp)
    assert [(e.text, e.holder) for e in ex.entities if e.label == "OFFICE"] == [
        ("Ketua Majelis Kehormatan Mahkamah Konstitusi (MKMK)", "Jimly Asshiddiqie")]
    (quote,) = ex.quotes
    assert (quote.speaker, quote.speaker_label) == ("Majelis Kehormatan Mahkamah Konstitusi", "ORG")


def test_one_person_whatever_apostrophe_the_article_writes(nlp):
    text = ("Ketua Umum HKI Akhmad Ma’ruf Maulana menilai kawasan industri butuh kepastian hukum.\n\n"
            "\"Investasi butuh aturan yang pasti dan tidak berubah-ubah,\" ungkap Ma'ruf.")
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [q.speaker for q in quotes] == ["Akhmad Ma’ruf Maulana", "Akhmad Ma’ruf Maulana"]


def test_a_pronoun_after_a_held_back_speech_verb_means_that_person(nlp):
    text = ("Presiden Rusia Vladimir Putin menyatakan negaranya siap menambah pasokan gas ke Indonesia.\n\n"
            "Wakil Menteri ESDM Yuliot Tanjung tidak membantah rencana impor tersebut. Namun, ia "
            "mengatakan keputusan akhir ada di tangan menteri.")
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [(q.text[:20], q.speaker) for q in quotes] == [
        ("negaranya siap menam", "Vladimir Putin"), ("keputusan akhir ada ", "Yuliot Tanjung")]


def test_dirinya_points_back_like_dia(nlp):
    text = ("\"Kawasan industri harus punya kepastian hukum,\" kata Ketua HKI Sanny Iskandar.\n\n"
            "Dirinya menilai, aturan khusus akan menarik lebih banyak investor asing.")
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [(q.kind, q.cue, q.speaker) for q in quotes] == [
        ("direct", "kata", "Sanny Iskandar"), ("indirect", "menilai", "Sanny Iskandar")]


def test_two_names_joined_by_atau_are_one_person_when_the_article_goes_on_with_one(nlp):
    text = ("Ketua Yayasan Sekar Tani, Siti Rahmawati Kusumadewi atau Dewi Kusuma, mendukung pasangan itu.\n\n"
            "\"Kami menyerap aspirasi para petani di daerah,\" kata Dewi di Bandung.")
    result = beritaner.extract(text, nlp=nlp)
    assert [q.speaker for q in result.quotes] == ["Siti Rahmawati Kusumadewi"]
    assert [p.name for p in result.persons] == ["Siti Rahmawati Kusumadewi"]


def test_speech_only_announced_is_no_quote_but_its_subject_has_the_floor(nlp):
    text = ("Sebelumnya, juru bicara Hasan Nasbi mengungkapkan alasan absennya Presiden di pertemuan G7. "
            "Ia mengatakan Presiden menghargai semua undangan yang diberikan kepada Indonesia.")
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [(q.cue, q.speaker) for q in quotes] == [("mengatakan", "Hasan Nasbi")]


def test_a_description_does_not_point_to_someone_named_in_announced_speech(nlp):
    text = ('Anggota DPR Tubagus Hasanuddin hadir dalam rapat itu. "Kami mendukung penuh," kata Tubagus.\n\n'
            "Ia juga menyoroti soal banyaknya pertanyaan kepada Agus Subiyanto yang baru dilantik Presiden Joko Widodo.\n\n"
            '"Bagi saya pribadi tidak ada masalah dengan penunjukan itu," ujar politikus PDI-P ini.')
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [q.speaker for q in quotes] == ["Tubagus Hasanuddin", "Tubagus Hasanuddin"]


def test_a_hope_reported_with_its_content_is_still_a_quote(nlp):
    text = "Yandri Susanto menyampaikan harapan Presiden agar koperasi desa segera berjalan di seluruh daerah."
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [(q.cue, q.speaker) for q in quotes] == [("menyampaikan", "Yandri Susanto")]


@pytest.mark.parametrize("text, cue", [
    ("Gubernur Banten Andra Soni memperingatkan para ASN agar berhati-hati saat berada di lokasi longsor.", "memperingatkan"),
    ("Andra Soni juga mewanti-wanti agar proyek pembangunan di kawasan itu dikaji dengan matang.", "mewanti-wanti"),
])
def test_warnings_are_reported_speech(nlp, text, cue):
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [(q.cue, q.speaker, q.kind) for q in quotes] == [(cue, "Andra Soni", "indirect")]


def test_a_nickname_introduced_later_speaks_as_the_person_named_in_full(nlp):
    text = ("Wakil Ketua KPK Budi Santoso Wiryawan mengatakan modus penyelundupan itu sudah lama dipantau petugas. "
            "Pada kasus itu, pria yang karib disapa Iwan menerangkan barang ditinggalkan begitu saja oleh pemiliknya.\n\n"
            '"Itu operasinya di atas kapal penumpang," kata Iwan.')
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert quotes and {q.speaker for q in quotes} == {"Budi Santoso Wiryawan"}


def test_a_post_that_speaks_is_named_without_its_short_form(nlp):
    text = "Menteri Kelautan dan Perikanan (MKP) juga menegaskan telur penyu termasuk satwa yang dilindungi undang-undang."
    (quote,) = beritaner.extract(text, nlp=nlp).quotes
    assert (quote.speaker, quote.speaker_label) == ("Menteri Kelautan dan Perikanan", "OFFICE")


def test_a_prosecutor_asks_in_court_and_asks_again_by_role(nlp):
    text = ('"Saudara ingat nomor itu dari provider dalam negeri?" tanya Jaksa KPK, Wawan Yunarwanto, di persidangan.\n\n'
            '"Sepanjang kuliah provider dalam negeri," jawab Cecep Hidayat.\n\n'
            '"Provider dalam negeri nomornya itu ya?" tanya jaksa.')
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [(q.cue, q.speaker) for q in quotes] == [
        ("tanya", "Wawan Yunarwanto"), ("jawab", "Cecep Hidayat"), ("tanya", "Wawan Yunarwanto")]


def test_the_presiding_judge_speaks_again_as_hakim(nlp):
    text = ('"Tidak ada sumber penghasilan sah yang dapat menjelaskan aset itu," kata Ketua Majelis Hakim, '
            'Rosihan Juhriah Rangkuti di Pengadilan Tipikor Jakarta.\n\n'
            "Zarof Ricar memiliki kekayaan sah yang jauh lebih kecil. Hakim juga menyebutkan, perampasan "
            "dilakukan guna memberikan efek jera.")
    quotes = beritaner.extract(text, nlp=nlp).quotes
    assert [q.speaker for q in quotes] == ["Rosihan Juhriah Rangkuti", "Rosihan Juhriah Rangkuti"]


def test_a_public_figure_s_known_nickname_speaks_as_the_full_name_the_article_writes(nlp):
    text = ("Ketua Umum PAN Zulkifli Hasan bertemu Presiden Joko Widodo di Istana Kepresidenan Jakarta, Selasa (10/10/2023).\n\n"
            '"Kami bicara soal perdagangan dan sedikit politik," kata Zulhas seusai bertemu Presiden Jokowi.\n\n'
            "Sementara itu, Ketua DPP PDI Perjuangan Puan Maharani mengatakan partainya masih menunggu keputusan Megawati.")
    result = beritaner.extract(text, nlp=nlp)
    assert [q.speaker for q in result.quotes][:1] == ["Zulkifli Hasan"]
    presidents = [e for e in result.entities if e.label == "OFFICE" and e.text == "Presiden"]
    assert len(presidents) == 2 and {p.holder for p in presidents} == {"Joko Widodo"}


@pytest.mark.parametrize("text, cue, speaker", [
    ('"Kami siap bekerja," kata Ganjar Pranowo. Politikus PDI-P ini mengaku berteman lama dengan Susi Pudjiastuti.',
     "mengaku", "Ganjar Pranowo"),
    ('"Investasi harus merata," ujar Eddy Soeparno. Waketum PAN itu meyakini, pertemuan tingkat tinggi itu '
     "penting bagi Indonesia.", "meyakini", "Eddy Soeparno"),
])
def test_a_description_opening_the_sentence_points_to_the_person_named_before(text, cue, speaker):
    indirect = [(q.cue, q.speaker) for q in beritaner.extract(text).quotes if q.kind == "indirect"]
    assert indirect == [(cue, speaker)]


def test_a_thing_described_by_a_demonstrative_says_nothing():
    text = "Ganjar Pranowo hadir di Solo. Hal itu menunjukkan bahwa ia berteman lama dengan Susi Pudjiastuti."
    assert beritaner.extract(text).quotes == ()


@pytest.mark.parametrize("text, cue, speaker", [
    ("Kepala BPBD Jawa Timur Imam Sugianto membeberkan ada lima daerah rawan banjir di provinsi itu.",
     "membeberkan", "Imam Sugianto"),
    ("Wakil Presiden Gibran Rakabuming Raka menggarisbawahi urgensi sinergi pemerintah pusat dan daerah.",
     "menggarisbawahi", "Gibran Rakabuming Raka"),
    ("Pengamat politik Ujang Komarudin beranggapan Yenny bakal memenangkan Ganjar pada putaran kedua.",
     "beranggapan", "Ujang Komarudin"),
    ("Menteri Perindustrian Agus Gumiwang Kartasasmita bilang pemerintah fokus membenahi iklim investasi.",
     "bilang", "Agus Gumiwang Kartasasmita"),
])
def test_more_reporting_verbs_open_indirect_speech(text, cue, speaker):
    indirect = [(q.cue, q.speaker) for q in beritaner.extract(text).quotes if q.kind == "indirect"]
    assert indirect == [(cue, speaker)]


def test_figures_recorded_by_an_agency_are_no_speech():
    text = "Badan Pusat Statistik (BPS) mencatat inflasi tahunan pada Mei 2025 sebesar 1,6 persen."
    assert beritaner.extract(text).quotes == ()
