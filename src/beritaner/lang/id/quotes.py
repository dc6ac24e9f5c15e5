"""Word lists for quotes (who said what): quotation marks and speech cues.

Data only; the rules that use them are in :mod:`beritaner.quotes`. The cues follow the
QUOTES section of the annotation guide (docs/annotation.md).
"""

from __future__ import annotations

#: (opening, closing) quotation marks. Scrapers turn curly marks into ``?`` or a
#: backtick; those are tried only in a paragraph without real marks.
QUOTE_MARKS: tuple[tuple[str, str], ...] = (
    ("\u201c", "\u201d"),  # “ ”
    ('"', '"'),
    ("\u201e", "\u201d"),  # „ ”
    ("\u00ab", "\u00bb"),  # « »
)
SCRAPED_MARKS: tuple[str, ...] = ("?", "`")

#: Cues written after the quote or the reported speech: ``"…," ujar X`` / ``…, kata X``.
#: Their ``-nya`` forms (``ujarnya``) refer back to the last speaker.
AFTER_CUES: tuple[str, ...] = (
    "kata", "ujar", "ucap", "tutur", "jelas", "terang", "tegas", "ungkap", "sebut",
    "imbuh", "tambah", "papar", "pungkas", "lanjut", "urai", "sambung", "timpal", "tanya",
    "pinta", "harap", "ajak", "akui", "klaim", "bilang", "tulis", "seru", "pesan",
    "beber", "keluh", "tukas", "tutup", "tandas", "kilah", "seloroh", "canda", "kenang",
    "sahut", "jawab", "puji",
)  # fmt: skip

#: Cues written before the speech, after the speaker: ``X mengatakan, …``,
#: ``X mengatakan bahwa …`` (and the passive ``Dijelaskan X, …``).
BEFORE_CUES: tuple[str, ...] = (
    "mengatakan", "menjelaskan", "menegaskan", "mengungkapkan", "menyebutkan", "menyebut",
    "menambahkan", "memaparkan", "menyatakan", "menyampaikan", "menekankan", "mengimbau",
    "meminta", "mengakui", "memastikan", "berharap", "mengklaim", "membantah", "menuturkan",
    "menerangkan", "mengungkap", "berkata", "bertanya", "menilai", "mengaku", "mendesak",
    "mengingatkan", "menyebutkan", "mengajak", "menuliskan", "menulis", "melanjutkan",
    "menguraikan", "menandaskan", "menyatakan", "mengutarakan",
    # reporting verbs the realdev annotators read as cues (ANNOTATION.md: "the other
    # verbs by which news reports what someone said")
    "melaporkan", "membenarkan", "mengulas", "menduga", "meyakini", "menyoroti",
    "mengibaratkan", "yakin", "menganggap", "menantang", "merasa", "menuding", "mengkritik",
    "memerintahkan", "memperkirakan", "memprakirakan", "mengharapkan", "merinci",
    "mengonfirmasi", "menghimbau", "menjanjikan", "berpesan",
    "memperingatkan", "mewanti-wanti", "menginstruksikan", "mendorong", "mencontohkan",
    "berpandangan", "bercerita", "menceritakan",
    "membeberkan", "menggarisbawahi", "memprediksi", "beranggapan", "mengasumsikan",
    "mengeklaim", "berujar", "bilang", "minta", "percaya",  # not ``mencatat``: mostly figures (BPS mencatat)
)  # fmt: skip
PASSIVE_CUES: tuple[str, ...] = (
    "dikatakan", "dijelaskan", "ditegaskan", "diungkapkan", "disampaikan", "ditambahkan",
    "dipaparkan", "dinyatakan", "diterangkan", "dituturkan", "disebutkan",
)  # fmt: skip

#: Words after a cue that name no one but point back to the last speaker:
#: ``kata dia``, ``ujar beliau``; ``-nya`` on the cue does the same (``ujarnya``).
PRONOUNS: tuple[str, ...] = ("dia", "ia", "beliau", "mereka", "dirinya")

#: Words that may stand between a speaker (or a pronoun) and the cue:
#: ``X juga mengatakan``, ``Dia kemudian mengungkapkan``.
SPEAKER_GAP_WORDS: tuple[str, ...] = (
    "juga", "pun", "kembali", "lebih lanjut", "selanjutnya", "saat itu", "kemudian", "pula",
    # where or how it was said: ``X dalam keterangan tertulis mengatakan``
    "dalam keterangan tertulis", "dalam keterangan tertulisnya", "dalam keterangannya",
    "dalam keterangan resmi", "dalam keterangan resminya", "melalui keterangan tertulis",
    "dalam siaran pers", "dalam siaran persnya", "dalam konferensi pers", "saat dikonfirmasi",
    "ketika dikonfirmasi", "saat dihubungi", "ketika dihubungi", "saat ditemui", "ketika ditemui",
)

#: Words that hold a speech verb back (``Yuliot tidak membantah …``): the sentence is no
#: quote, but the person it opens is the one a following ``ia mengatakan`` means.
SPEECH_NEGATIONS: tuple[str, ...] = (
    "tidak", "tak", "belum", "enggan", "tidak mau", "belum mau", "menolak",
    "tidak bersedia", "belum bersedia", "tidak ingin",
)

#: Nouns right after a cue that only announce speech (``menyampaikan alasan …``,
#: ``menyatakan dukungannya``, ``menyoroti soal …``): no quote, unless a clause of content
#: follows the noun (:data:`CONTENT_OPENERS`). Not ``harapan``: ``menyampaikan harapan
#: Presiden …`` reports what was hoped.
ANNOUNCED_SPEECH: tuple[str, ...] = (
    "alasan", "alasannya", "apresiasi", "terima kasih", "ucapan",
    "selamat", "sambutan", "pidato", "dukungan", "dukungannya", "belasungkawa", "duka cita",
    "dukacita", "permohonan maaf", "permintaan maaf", "soal", "terkait", "mengenai", "perihal",
    "rasa syukur", "rasa bangga", "keprihatinan", "kekecewaan", "kekecewaannya",
)  # fmt: skip
#: Words after such a noun that open the content after all: ``menyampaikan harapan agar …``.
CONTENT_OPENERS: tuple[str, ...] = ("agar", "supaya", "bahwa", "yakni", "yaitu")

#: ``Menurut X, …``: the cue that opens a sentence of reported speech.
ACCORDING_TO: tuple[str, ...] = ("Menurut", "menurut")

#: A quoted run of at most this many words is a title, a name or a scare quote
#: (``program "Sekolah Rakyat"``), not a quote, unless a cue attributes it.
MIN_UNCUED_WORDS = 4

#: Roles that may stand between a cue and the speaker's name (``ujar ketua majelis hakim
#: Rosihan``), or name the speaker alone (``ujar hakim``: the person last introduced in that
#: role, ``hakim anggota Purwanto``): the roles of :data:`beritaner.lang.id.offices.NOT_OFFICES`
#: and these.
#: Words that open a description of a person named before, as the subject of a speech
#: verb (``Politikus PDI-P ini mengaku …``, ``Suami Arumi Bachsin itu menyampaikan …``).
PERSON_DESCRIPTION_HEADS: frozenset[str] = frozenset({
    "Politikus", "Politisi", "Kader", "Mantan", "Eks", "Suami", "Istri", "Putra", "Putri",
    "Anak", "Menantu", "Ayah", "Ibu", "Kakak", "Adik", "Doktor", "Pakar", "Pengamat", "Akademisi",
    "Purnawirawan", "Jenderal", "Sosok", "Pria", "Wanita", "Perempuan", "Tokoh", "Pengusaha",
    "Alumnus", "Lulusan", "Aktivis", "Advokat", "Pengacara", "Guru", "Dosen", "Ulama",
})  # fmt: skip
SPEAKER_ROLES: tuple[str, ...] = ("hakim anggota", "ketua majelis", "juru bicara", "jubir")

#: Lowercase words inside a long capitalised title before its holder's name (``ujar
#: Kepala Bidang Humas dan Protokol Setda Burhan``).
TITLE_JOINING_WORDS: tuple[str, ...] = ("dan", "bidang", "urusan", "pada", "untuk", "&")

#: Words that close a description of the speaker after a cue (``ujar politikus itu``).
DEMONSTRATIVES: tuple[str, ...] = ("itu", "ini", "tersebut")

#: Abbreviations whose full stop ends no sentence (a one-letter initial neither:
#: ``Lukman F. Laisa menyampaikan …``).
ABBREVIATIONS_BEFORE_NAMES: tuple[str, ...] = (
    "Dr", "dr", "Drs", "Dra", "Prof", "Ir", "Hj", "KH", "Jl", "No", "St", "Kab", "Kec", "Moh", "Muh",
)
