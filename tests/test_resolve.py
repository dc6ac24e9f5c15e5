"""The resolver's rules, one by one, on real sentences with hand-made proposals."""

from __future__ import annotations

import pytest

import beritaner
from beritaner.candidates import NOT_AN_ENTITY, Candidate
from beritaner.recognizers.negatives import find_negatives
from beritaner.resolve import resolve

TEXT = "Gubernur Banten Andra Soni memimpin rapat di Pendopo Gubernur Banten, Kota Serang."


def span(text, label, score, source="rules", nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(label[1], start + 1)
    return Candidate(start, start + len(label[1]), label[0], score, source)


def texts(result):
    return [(c.label, TEXT[c.start : c.end]) for c in result]


def test_outermost_certain_knowledge_wins():
    knowledge = [
        span(TEXT, ("OFFICE", "Gubernur Banten"), 0.92, nth=0),
        span(TEXT, ("PLACE", "Banten"), 0.95, nth=0),
        span(TEXT, ("PLACE", "Pendopo Gubernur Banten"), 0.93),
        span(TEXT, ("OFFICE", "Gubernur Banten"), 0.92, nth=1),
        span(TEXT, ("PLACE", "Kota Serang"), 0.95),
    ]
    assert texts(resolve(TEXT, knowledge, [], certain=0.85)) == [
        ("OFFICE", "Gubernur Banten"),
        ("PLACE", "Pendopo Gubernur Banten"),
        ("PLACE", "Kota Serang"),
    ]


def test_model_span_is_trimmed_around_knowledge():
    knowledge = [span(TEXT, ("OFFICE", "Gubernur Banten"), 0.92)]
    model = [span(TEXT, ("PERSON", "Gubernur Banten Andra Soni"), 0.75, "model")]
    assert texts(resolve(TEXT, knowledge, model, certain=0.85)) == [
        ("OFFICE", "Gubernur Banten"), ("PERSON", "Andra Soni"),
    ]


def test_what_is_left_of_a_cut_model_span_passes_the_model_tests_again():
    # the model's "RUPSLB PLN" beside the known "PLN": a bare acronym is left, and dropped
    text = "RUPSLB PLN memberhentikan direksi. Rapat Direksi Bank Jateng digelar Senin."
    knowledge = [span(text, ("ORG", "PLN"), 0.95), span(text, ("ORG", "Bank Jateng"), 0.95)]
    model = [span(text, ("ORG", "RUPSLB PLN"), 0.75, "model"), span(text, ("ORG", "Rapat Direksi Bank Jateng"), 0.75, "model")]
    result = [(c.label, text[c.start : c.end]) for c in resolve(text, knowledge, model, certain=0.85)]
    # (a capitalised two-word rest still stands: only the model's own tests apply to it)
    assert result == [("ORG", "PLN"), ("ORG", "Rapat Direksi"), ("ORG", "Bank Jateng")]


def test_a_cut_model_span_does_not_take_a_name_knowledge_read_in_full():
    # the model's ORG "HKI Akhmad" across the office: "Akhmad" is left, inside the name
    text = "Menurut Ketua Umum HKI Akhmad Ma’ruf Maulana, kawasan industri butuh kepastian."
    knowledge = [span(text, ("OFFICE", "Ketua Umum HKI"), 0.88), span(text, ("PERSON", "Akhmad Ma’ruf Maulana"), 0.8)]
    model = [span(text, ("ORG", "HKI Akhmad"), 0.75, "model")]
    result = [(c.label, text[c.start : c.end]) for c in resolve(text, knowledge, model, certain=0.85)]
    assert result == [("OFFICE", "Ketua Umum HKI"), ("PERSON", "Akhmad Ma’ruf Maulana")]


@pytest.mark.parametrize("text, place, person", [
    ("Manajer Operasional Tol Rudi Hartono Siregar menjelaskan antrean. Menurut Rudi, arus lancar.",
     None, "Rudi Hartono Siregar"),
    ("ujar Kepala Pos Pengamatan Gunung Slamet Dadang Sukmana. Dadang meminta warga menjauh.",
     "Gunung Slamet", "Dadang Sukmana"),
])
def test_a_person_the_article_names_is_cut_out_of_a_place_name(text, place, person):
    name = person.split()[0]
    wrong = person if place is None else f"{place} {person}"
    knowledge = [
        Candidate(text.index(wrong) - (4 if place is None else 0), text.index(person) + len(person), "PLACE", 0.9, "places"),
        span(text, ("PERSON", name), 0.8, nth=1),
    ]
    if place is None:
        assert text[knowledge[0].start : knowledge[0].end] == "Tol " + person
    result = [(c.label, text[c.start : c.end]) for c in resolve(text, knowledge, [], certain=0.85)]
    expected = ([] if place is None else [("PLACE", place)]) + [("PERSON", person), ("PERSON", name)]
    assert result == expected


def test_a_street_or_a_university_named_after_a_person_stays_whole():
    text = "Kemacetan terjadi di Jalan Ahmad Yani Bekasi. Ahmad mengatakan arus padat."
    knowledge = [span(text, ("PLACE", "Jalan Ahmad Yani Bekasi"), 0.9), span(text, ("PERSON", "Ahmad"), 0.8, nth=1)]
    result = [(c.label, text[c.start : c.end]) for c in resolve(text, knowledge, [], certain=0.85)]
    assert result == [("PLACE", "Jalan Ahmad Yani Bekasi"), ("PERSON", "Ahmad")]


def test_model_span_inside_knowledge_is_dropped_and_lowercase_rest_too():
    knowledge = [span(TEXT, ("PLACE", "Kota Serang"), 0.95)]
    model = [span(TEXT, ("PLACE", "Serang"), 0.75, "model"), span(TEXT, ("ORG", "rapat di Pendopo"), 0.75, "model")]
    assert texts(resolve(TEXT, knowledge, model, certain=0.85)) == [
        ("ORG", "rapat di Pendopo"), ("PLACE", "Kota Serang"),
    ]


def test_knowledge_label_stands_on_the_same_text():
    knowledge = [span(TEXT, ("PERSON", "Andra Soni"), 0.8)]  # below certain
    model = [span(TEXT, ("ORG", "Andra Soni"), 0.75, "model")]
    assert texts(resolve(TEXT, knowledge, model, certain=0.85)) == [("PERSON", "Andra Soni")]


def test_weak_knowledge_fills_only_gaps():
    knowledge = [span(TEXT, ("PLACE", "Andra"), 0.6)]
    model = [span(TEXT, ("PERSON", "Andra Soni"), 0.75, "model")]
    assert texts(resolve(TEXT, knowledge, model, certain=0.85)) == [("PERSON", "Andra Soni")]


def test_headline_only_model_spans_are_dropped():
    text = "Longsor Terjang Dua Kecamatan di Sumedang\nHujan deras melanda Sumedang sejak Minggu."
    model = [
        Candidate(0, 25, "ORG", 0.75, "model"),  # "Longsor Terjang Dua Kecam..." only in the headline
        Candidate(33, 41, "PLACE", 0.75, "model"),  # "Sumedang" is repeated in the body
    ]
    assert [(c.label, text[c.start:c.end]) for c in resolve(text, [], model, certain=0.85)] == [("PLACE", "Sumedang")]


@pytest.mark.parametrize(
    "sentence, negative",
    [
        ("Ia meminta seluruh organisasi perangkat daerah (OPD) bekerja cepat.", "organisasi perangkat daerah (OPD)"),
        ("OPD harus aktif menyampaikan informasi.", "OPD"),
        ("Para kepala daerah diminta hadir.", "kepala daerah"),
        ("Majelis hakim menolak eksepsi terdakwa.", "Majelis hakim"),
        ("Warga Minang di perantauan menggelar halalbihalal.", "Minang"),
        ("Ia meminta kaum Nahdliyin menjaga persatuan.", "Nahdliyin"),
    ],
)
def test_known_non_entities(sentence, negative):
    found = [sentence[c.start : c.end] for c in find_negatives(sentence)]
    assert negative in found
    assert all(c.label == NOT_AN_ENTITY for c in find_negatives(sentence))


def test_non_entities_never_reach_the_output(nlp):
    text = "Gubernur meminta organisasi perangkat daerah (OPD) dan para kepala daerah di Banten bekerja cepat. OPD harus melayani."
    result = beritaner.extract(text, nlp=nlp)
    assert not any(e.text in ("OPD", "organisasi perangkat daerah (OPD)", "kepala daerah") for e in result.entities)
    assert ("PLACE", "Banten") in [(e.label, e.text) for e in result.entities]


def test_model_guesses_that_are_no_names_are_left_out(nlp_rules):
    from spacy.tokens import Span

    from beritaner.resolve import model_candidates

    text = "Vonis dibacakan hakim. Kasus DBD naik, kata Saudara Budi di Kota Ambon. Hakim membaca vonis."
    doc = nlp_rules.make_doc(text)
    words = [t.text for t in doc]
    ents = [
        Span(doc, words.index("Vonis"), words.index("Vonis") + 1, "ORG"),  # "vonis" also lowercase
        Span(doc, words.index("DBD"), words.index("DBD") + 1, "ORG"),  # bare acronym
        Span(doc, words.index("Saudara"), words.index("Saudara") + 2, "PERSON"),  # address + name
        Span(doc, words.index("Ambon"), words.index("Ambon") + 1, "PLACE"),
    ]
    doc.ents = ents
    kept = [(c.label, text[c.start : c.end]) for c in model_candidates(doc, score=0.75)]
    assert kept == [("PERSON", "Budi"), ("PLACE", "Ambon")]


def test_a_rank_alone_is_no_entity_whatever_the_model_calls_it(nlp_rules):
    from spacy.tokens import Span

    from beritaner.resolve import model_candidates

    text = "Kapolresta Serang Kota Kombes Yudha Satria dan Pak Camat hadir bersama AKBP Ali."
    doc = nlp_rules.make_doc(text)
    words = [t.text for t in doc]
    doc.ents = [
        Span(doc, words.index("Kombes"), words.index("Kombes") + 1, "LOC"),  # rank as a place
        Span(doc, words.index("Yudha"), words.index("Yudha") + 2, "PERSON"),
        Span(doc, words.index("Pak"), words.index("Pak") + 1, "PERSON"),  # address alone
        Span(doc, words.index("AKBP"), words.index("AKBP") + 2, "PERSON"),  # rank + name
    ]
    kept = [(c.label, text[c.start : c.end]) for c in model_candidates(doc, score=0.75)]
    assert kept == [("PERSON", "Yudha Satria"), ("PERSON", "Ali")]


def test_a_leadership_forum_named_bare_is_an_org(nlp):
    # "Forkopimda" once sat among the generic titles, which kept it from being an ORG
    text = "Bupati Garut Rudy Gunawan bersama Forkopimda meninjau jalur mudik di Kecamatan Kadungora."
    labels = {(e.label, e.text) for e in beritaner.extract(text, nlp=nlp).entities}
    assert ("ORG", "Forkopimda") in labels


def test_the_country_after_an_organisation_ends_its_name():
    text = "Survei Poltracking Indonesia dirilis di Jakarta, Indonesia, Sabtu."
    model = [span(text, ("ORG", "Poltracking"), 0.75, source="model")]
    knowledge = [span(text, ("PLACE", "Indonesia"), 0.95, nth=0), span(text, ("PLACE", "Jakarta"), 0.95),
                 span(text, ("PLACE", "Indonesia"), 0.95, nth=1)]
    out = resolve(text, knowledge, model, certain=0.85)
    assert [(c.label, text[c.start : c.end]) for c in out] == [
        ("ORG", "Poltracking Indonesia"), ("PLACE", "Jakarta"), ("PLACE", "Indonesia")]


def test_a_ticket_of_two_full_names_is_two_people(nlp):
    text = "Pasangan Ganjar Pranowo-Mahfud MD mendaftar ke KPU. Ustaz Abdul-Rahman memimpin doa."
    result = beritaner.extract(text, nlp=nlp)
    people = [e.text for e in result.entities if e.label == "PERSON"]
    assert people == ["Ganjar Pranowo", "Mahfud MD", "Ustaz Abdul-Rahman"]


def test_a_ticket_whose_second_name_the_model_split_off_is_still_two_people():
    text = "Masa jabatan Khofifah Indar Parawansa-Emil Dardak berakhir pekan ini."
    k = text.index("Khofifah")
    entities = [Candidate(k, text.index(" Dardak"), "PERSON", 0.8, "persons"),
                span(text, ("PERSON", "Dardak"), 0.78)]
    out = resolve(text, entities, [], certain=0.85)
    assert [text[c.start : c.end] for c in out] == ["Khofifah Indar Parawansa", "Emil Dardak"]


def test_the_model_s_tail_of_a_name_the_article_repeats_gives_way_to_the_whole_name():
    # "papar Danang" elsewhere makes "Danang Mandala Prihantoro" a repeat; the model's ORG
    # "Mandala Prihantoro" cut its head off
    text = "Humas Wings Air Danang Mandala Prihantoro mengatakan penerbangan dibatalkan."
    knowledge = [span(text, ("ORG", "Wings Air"), 0.93),
                 Candidate(text.index("Danang"), text.index(" mengatakan"), "PERSON", 0.8, "persons", {"pattern": "repeat"})]
    model = [span(text, ("ORG", "Mandala Prihantoro"), 0.75, "model")]
    out = [(c.label, text[c.start : c.end]) for c in resolve(text, knowledge, model, certain=0.85)]
    assert out == [("ORG", "Wings Air"), ("PERSON", "Danang Mandala Prihantoro")]


def test_a_type_word_or_a_title_alone_is_no_one_whatever_the_model_says(nlp_rules):
    from spacy.tokens import Span

    from beritaner.resolve import model_candidates

    text = "Gunung tersebut berstatus Awas, kata Pak Menteri kepada Rahmat."
    doc = nlp_rules.make_doc(text)
    words = [t.text for t in doc]
    doc.ents = [
        Span(doc, words.index("Gunung"), words.index("Gunung") + 1, "PERSON"),
        Span(doc, words.index("Pak"), words.index("Pak") + 2, "PERSON"),
        Span(doc, words.index("Rahmat"), words.index("Rahmat") + 1, "PERSON"),
    ]
    kept = [(c.label, text[c.start : c.end]) for c in model_candidates(doc, score=0.75)]
    assert kept == [("PERSON", "Rahmat")]


def test_a_ticket_of_two_names_the_article_writes_alone_is_two_people(nlp):
    text = ("Dari data real count KPU, Prabowo-Gibran unggul di Jawa Timur. Prabowo hadir bersama "
            "Gibran di Surabaya. Ia terbang dari Bandara Soekarno-Hatta.")
    entities = [(e.label, e.text) for e in beritaner.extract(text, nlp=nlp).entities]
    assert entities[:3] == [("ORG", "KPU"), ("PERSON", "Prabowo"), ("PERSON", "Gibran")]
    assert ("PLACE", "Bandara Soekarno-Hatta") in entities


def test_a_bare_acronym_is_a_place_only_when_the_gazetteer_knows_it(nlp):
    text = "Kekayaan Gubernur Aceh Muzakir Manaf tercatat di LHKPN. Rapat digelar di KP3B, Kota Serang."
    places = [e.text for e in beritaner.extract(text, nlp=nlp).entities if e.label == "PLACE"]
    assert "LHKPN" not in places
    assert "KP3B" in places


def test_words_a_scraper_glued_to_a_name_are_cut_off(nlp):
    text = ("Kasus suap anggota DPR RIHarun Masikudan perkara Hasto. Buronan Harun Masiku belum "
            "tertangkap. Ramadan tiba, kata Rama Wijaya.")
    persons = [e.text for e in beritaner.extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert persons.count("Harun Masiku") == 2, persons
    assert "Rama" not in persons  # "Ramadan" is no "Rama" glued to "dan": no "Rama" written alone


def test_a_one_word_place_after_a_speech_cue_that_starts_a_named_person_is_that_person():
    text = "Juru bicara Danang Mandala Prihantoro hadir. Kota Danang ramai, papar Danang kepada wartawan."
    knowledge = [span(text, ("PERSON", "Danang Mandala Prihantoro"), 0.9), span(text, ("PLACE", "Kota Danang"), 0.9),
                 span(text, ("PLACE", "Danang"), 0.9, nth=2)]  # (the 2nd "Danang" is inside "Kota Danang")
    out = [(c.label, text[c.start : c.end]) for c in resolve(text, knowledge, [], certain=0.85)]
    assert out == [("PERSON", "Danang Mandala Prihantoro"), ("PLACE", "Kota Danang"), ("PERSON", "Danang")]


def test_an_everyday_word_glued_to_a_name_the_article_writes_alone_is_cut_off(nlp):
    text = ("Mantan Ketua DPRD Jatim Kusnadidilaporkan hilang sejak Senin. Keluarga Kusnadi sudah "
            "melapor ke polisi. Polisi mencari Kusnadi di Sidoarjo, kata penyidik. Warga Jatim "
            "membantu pencarian mantan Ketua DPRD Jatimini.")
    entities = [(e.label, e.text) for e in beritaner.extract(text, nlp=nlp).entities]
    assert [t for label, t in entities if label == "PERSON"] == ["Kusnadi"] * 3
    assert [t for label, t in entities if label == "OFFICE"] == ["Ketua DPRD Jatim"] * 2


def test_a_dateline_glued_to_the_first_word_is_split_but_a_camel_brand_stays_whole(nlp):
    text = ("Liputan6.com, JakartaBank Indonesia (BI) memperkirakan inflasi tetap terkendali. "
            "Video itu diunggah ke YouTube oleh warga.")
    entities = [(e.label, e.text) for e in beritaner.extract(text, nlp=nlp).entities]
    assert ("PLACE", "Jakarta") in entities and ("ORG", "Bank Indonesia (BI)") in entities
    assert "You" not in [t for _, t in entities] and "Tube" not in [t for _, t in entities]


def test_a_vote_count_after_a_name_is_not_part_of_the_person(nlp):
    text = ("Hasil hitung cepat per daerah.\n\nKediri: Anies-Cak Imin 4.120, Prabowo-Gibran 31.552, "
            "Ganjar-Mahfud Md 8.310 (Progress 55.20% TPS)Nganjuk: Anies-Cak Imin 12.004, Prabowo-Gibran "
            "98.431, Ganjar-Mahfud Md 20.777 (Progress 61.02% TPS)")
    persons = [e.text for e in beritaner.extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert persons and not [p for p in persons if any(ch.isdigit() for ch in p)], persons


def test_a_bracket_the_model_takes_without_its_partner_is_left_outside(nlp_rules):
    from spacy.tokens import Span

    from beritaner.resolve import model_candidates

    text = "Dinas Penanggulangan Kebakaran dan Penyelamatan (Gulkarmat) diminta siaga, ujar (Rahmat Hidayat."
    doc = nlp_rules.make_doc(text)
    words = [t.text for t in doc]
    assert ")" in words and words.index(")") == words.index("Gulkarmat") + 1
    doc.ents = [
        Span(doc, words.index("Gulkarmat"), words.index("Gulkarmat") + 2, "ORG"),
        Span(doc, words.index("Rahmat") - 1, words.index("Hidayat") + 1, "PERSON"),
    ]
    kept = [(c.label, text[c.start : c.end]) for c in model_candidates(doc, score=0.75)]
    assert kept == [("ORG", "Gulkarmat"), ("PERSON", "Rahmat Hidayat")]


def test_two_names_the_article_uses_joined_by_a_ticket_hyphen_are_two_people_whatever_the_model_says():
    text = ("Prabowo Unggul di Jatim, Anies dan Ganjar Tertinggal\n\n"
            "SURABAYA - Pasangan Prabowo Subianto dan Gibran Rakabuming Raka unggul dalam hitung cepat. "
            "Ganjar Pranowo dan Mahfud Md berada di posisi ketiga, sedangkan Anies Baswedan dan Muhaimin "
            "Iskandar kedua.\n\n"
            "Kota Surabaya: Anies-Muhaimin 17,61%, Prabowo-Gibran 59,18%, Ganjar-Mahfud 23,21%\n"
            "Kabupaten Sidoarjo: Anies-Muhaimin 16,85%, Prabowo-Gibran 67,29%, Ganjar-Mahfud 75.082Kota "
            "Mojokerto: Anies-Muhaimin 6.588")
    table = text.index("Kabupaten Sidoarjo")
    found = [(e.label, e.text) for e in beritaner.extract(text).entities if e.start >= table]
    assert found == [("PLACE", "Kabupaten Sidoarjo")] + [("PERSON", n) for n in ("Anies", "Muhaimin", "Prabowo", "Gibran", "Ganjar", "Mahfud")] + [
        ("PLACE", "Kota Mojokerto"), ("PERSON", "Anies"), ("PERSON", "Muhaimin")]


def test_a_sentence_opener_is_no_part_of_a_name_and_an_english_article_makes_no_person(nlp_rules):
    from spacy.tokens import Span

    from beritaner.resolve import model_candidates

    text = ("Berdasarkan Laporan warga, Lalu Muhammad Saparwadi datang bersama The President Center ke "
            "kantor desa. Usai Rahmat Hidayat bicara, warga pulang.")
    doc = nlp_rules.make_doc(text)
    words = [t.text for t in doc]

    def span(first, last, label="PERSON"):
        return Span(doc, words.index(first), words.index(last) + 1, label)

    doc.ents = [span("Berdasarkan", "Laporan"), span("Lalu", "Saparwadi"), span("The", "Center"),
                span("Usai", "Hidayat")]
    kept = [text[c.start : c.end] for c in model_candidates(doc, score=0.75)]
    assert kept == ["Lalu Muhammad Saparwadi", "Rahmat Hidayat"]  # (``Laporan`` alone: an everyday word)


def test_a_body_named_in_english_is_not_repeated_as_a_person():
    from beritaner.recognizers.persons import find_repeats

    text = "Jakarta - The President Center (TPC) menantang mahasiswa. Menurut The President Center, gagasan itu penting."
    found = find_repeats(text, {"The President Center", "Rahmat"}, [False] * (len(text) + 1))
    assert found == []


def test_a_ticket_written_without_its_hyphen_is_two_people_when_both_open_full_names():
    from beritaner.resolve import _split_unhyphenated_tickets

    text = "Prabowo Subianto dan Gibran Rakabuming Raka berkampanye. Relawan memenangkan Prabowo Gibran. Budi Santoso hadir."
    def person(words):
        start = text.index(words)
        return Candidate(start, start + len(words), "PERSON", 0.75, "model")
    entities = [person(w) for w in ("Prabowo Subianto", "Gibran Rakabuming Raka", "Prabowo Gibran", "Budi Santoso")]
    out = [text[c.start : c.end] for c in _split_unhyphenated_tickets(text, entities)]
    assert out == ["Prabowo Subianto", "Gibran Rakabuming Raka", "Prabowo", "Gibran", "Budi Santoso"]


def test_a_known_nickname_never_opens_a_longer_name():
    # the model runs a volunteer group named after Jokowi into its officer's name
    text = ('Ketua relawan Sahabat Jokowi Muhammad Rizal Fauzi mengatakan acara dihadiri 5.000 orang. '
            '"Kami solid," ujar Rizal Fauzi.')
    ex = beritaner.extract(text)
    persons = [e.text for e in ex.entities if e.label == "PERSON"]
    assert "Muhammad Rizal Fauzi" in persons and not any(p.startswith("Jokowi ") for p in persons)


@pytest.mark.parametrize("text, person", [
    ("JAKARTA- Kedatangan Presiden RIPrabowo Subiantodi hotel tempatnya bermalam disambut warga.", "Prabowo Subianto"),
    ("JAKARTA- Wakil Presiden (Wapres)Gibran Rakabuming Rakaberziarah ke makam Presiden pertama RI.",
     "Gibran Rakabuming Raka"),
])
def test_a_name_glued_on_its_left_was_a_link_and_its_right_glue_is_cut(text, person):
    # a scraper dropped both spaces around a link's text: the everyday word (or a verb
    # prefix on one) glued after the name is not part of it
    persons = [e.text for e in beritaner.extract(text).entities if e.label == "PERSON"]
    assert persons == [person]


def test_a_name_not_glued_on_its_left_keeps_its_last_word_whole():
    text = "Kepala Desa Sukamaju Supardi menyambut rombongan bupati di balai desa."
    assert "Supardi" in [e.text for e in beritaner.extract(text).entities if e.label == "PERSON"]


@pytest.mark.parametrize("text, person", [
    ("Gubernur Jawa Barat Dedi Mulyadi (KDM) meninjau jalan. Menurut KDM, perbaikan dimulai besok.",
     "Dedi Mulyadi (KDM)"),
    ("Presiden ke-4 Abdurrahman Wahid (Gus Dur) dikenang santri. Gus Dur wafat pada 2009.",
     "Abdurrahman Wahid (Gus Dur)"),
    # glued to the name by a scraper; the alias's bracket is the span's, not cut off
    ("Gubernur Jawa Timur Khofifah Indar Parawansa(KIP) tidak memenuhi panggilan. KIP meminta jadwal ulang.",
     "Khofifah Indar Parawansa(KIP)"),
])
def test_a_short_name_in_parentheses_after_a_person_belongs_to_the_span(nlp, text, person):
    entities = beritaner.extract(text, nlp=nlp).entities
    people = [e for e in entities if e.label == "PERSON"]
    assert people[0].text == person, [(e.label, e.text) for e in entities]
    holders = [e.holder for e in entities if e.label == "OFFICE" and e.holder]
    assert all("(" not in h for h in holders), holders


def test_a_party_or_an_office_in_parentheses_stays_apart(nlp):
    text = "Anies Baswedan (PKS) dan Budi (Kepala Diskominfo Sleman) hadir dalam rapat itu."
    found = [(e.label, e.text) for e in beritaner.extract(text, nlp=nlp).entities]
    assert ("PERSON", "Anies Baswedan") in found and ("ORG", "PKS") in found, found
    assert ("OFFICE", "Kepala Diskominfo Sleman") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Ikatan Keluarga Minang Sumatera Barat menggelar pertemuan di Padang.",  # a word of a longer name
        "Ketua panitia Budi Batak membuka acara itu.",  # a person's last name
    ],
)
def test_a_people_inside_a_name_is_no_negative(text):
    assert not find_negatives(text)


def test_a_people_named_alone_is_no_entity(nlp):
    text = ("Warga Minang di Jakarta berkumpul pada Minggu (12/10/2025). Menurut Andre Rosiade, "
            "kaum Nahdliyin dan warga Minang sama-sama menjaga persatuan.")
    found = [(e.label, e.text) for e in beritaner.extract(text, nlp=nlp).entities]
    assert not [f for f in found if f[1] in ("Minang", "Nahdliyin")], found
    assert ("PERSON", "Andre Rosiade") in found and ("PLACE", "Jakarta") in found, found
