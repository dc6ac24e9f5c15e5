"""Indonesian calendar vocabulary for the DATE recognizer.

Every word list the recognizer (:mod:`beritaner.recognizers.dates`) needs lives here as
a module constant; the recognizer only builds patterns from them. Keys are lowercase;
the recognizer decides where capitalisation matters (a bare ``Minggu`` is Sunday only
when capitalised, ``minggu lalu`` is last week).
"""

from __future__ import annotations

# --- months -----------------------------------------------------------------------

#: Full month names (Indonesian, old spellings, and the English forms scraped news
#: sometimes carries). Only these may stand alone as a bare month (``pada Maret``).
MONTH_NAMES: dict[str, int] = {
    "januari": 1, "january": 1,
    "februari": 2, "pebruari": 2, "febuari": 2, "february": 2,
    "maret": 3, "march": 3,
    "april": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6,
    "juli": 7, "july": 7,
    "agustus": 8, "august": 8,
    "september": 9,
    "oktober": 10, "october": 10,
    "november": 11, "nopember": 11,
    "desember": 12, "december": 12,
}  # fmt: skip

#: Indonesian month names that may stand alone between lowercase words
#: (``musim liburan Juli dan Agustus``); the English forms never do.
BARE_MONTH_NAMES: frozenset[str] = frozenset(
    {"januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli",
     "agustus", "september", "oktober", "november", "nopember", "desember"}
)  # fmt: skip

#: Abbreviations, valid only next to a day number or a year (``19 Feb. 2026``,
#: ``Agt 2025``); a trailing full stop is allowed after each.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "ags": 8, "agus": 8, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10,
    "nov": 11, "nop": 11, "des": 12, "dec": 12,
}  # fmt: skip

# --- weekdays ---------------------------------------------------------------------

#: Weekday names → Python weekday number (Monday = 0). ``jum?at`` is what a scraped
#: page leaves when a curly apostrophe was lost.
WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4, "jum'at": 4, "jum’at": 4, "jum`at": 4, "jum?at": 4, "jumaat": 4,
    "sabtu": 5,
    "minggu": 6, "ahad": 6,
}  # fmt: skip

#: Words before a capitalised weekday that make it something other than a date
#: (``salat Jumat`` is the Friday prayer).
WEEKDAY_BLOCKING_PREVIOUS: frozenset[str] = frozenset(
    {"salat", "shalat", "sholat", "solat", "sembahyang", "ibadah", "setiap", "tiap",
     "saban", "tiap-tiap", "malam", "khotbah", "khutbah", "hari-hari"}
)  # fmt: skip

#: Words that make a weekday or month in the same clause recurring, not one date
#: (``setiap Senin hingga Jumat``).
RECURRING_WORDS: frozenset[str] = frozenset({"setiap", "tiap", "saban", "tiap-tiap"})

#: Words before a bare weekday that make it date an event (``pada Selasa``).
WEEKDAY_CONTEXT_PREVIOUS: frozenset[str] = frozenset(
    {"pada", "sejak", "hingga", "sampai", "mulai", "jelang", "menjelang", "hari",
     "sebelum", "setelah", "sesudah", "usai", "selama", "tanggal", "sejak", "per", "di"}
)  # fmt: skip

# --- relative expressions ---------------------------------------------------------

#: Relative day words → offset in days from the reference date.
RELATIVE_DAYS: dict[str, int] = {
    "hari ini": 0,
    "kemarin": -1,
    "kemarin lusa": -2,
    "besok": 1,
    "lusa": 2,
}

#: Period words → grain of the value they produce.
PERIOD_UNITS: dict[str, str] = {
    "hari": "day",
    "tahun anggaran": "year",
    "pekan": "week",
    "minggu": "week",
    "bulan": "month",
    "tahun": "year",
}

#: Words after a period word (``pekan lalu``), a weekday (``Senin depan``) or a date
#: (``Jumat (28/9) lalu``) → direction: -1 past, +1 future, 0 the current one.
RELATIVE_DIRECTIONS: dict[str, int] = {
    "lalu": -1,
    "yang lalu": -1,
    "kemarin": -1,
    "silam": -1,
    "depan": 1,
    "mendatang": 1,
    "yang akan datang": 1,
    "ini": 0,
}

#: Trailing words that belong to a date's span (ANNOTATION.md: ``Jumat (28/9) lalu``).
DATE_TRAILING_WORDS: dict[str, int] = {
    "lalu": -1,
    "yang lalu": -1,
    "kemarin": -1,
    "silam": -1,
    "mendatang": 1,
    "nanti": 1,
    "besok": 1,
    "yang akan datang": 1,
}

#: Trailing words that do not join a year or a range of years (``masa jabatan 2019-2024
#: kemarin``: the term just ended, not a date relative to the article).
NOT_AFTER_YEARS: frozenset[str] = frozenset({"kemarin"})

#: Quantity words before ``hari/bulan lalu`` that make the phrase vague, not a date
#: (``beberapa bulan lalu``).
VAGUE_QUANTITIES: frozenset[str] = frozenset(
    {"beberapa", "sekian", "belasan", "puluhan", "ratusan", "banyak", "berapa",
     "sejumlah", "bertahun-tahun", "berbulan-bulan", "berhari-hari"}
)  # fmt: skip

#: Number words for ``tiga hari yang lalu``; ``se-`` (``sepekan``) means one.
NUMBER_WORDS: dict[str, int] = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12,
    "tiga belas": 13, "empat belas": 14, "lima belas": 15, "dua puluh": 20,
    "tiga puluh": 30,
}  # fmt: skip

#: Ordinals and roman numerals for quarters and semesters.
ORDINALS: dict[str, int] = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4,
    "1": 1, "2": 2, "3": 3, "4": 4,
    "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4,
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4,
}  # fmt: skip

#: Period-of-year words → (grain, number of parts in a year).
YEAR_PARTS: dict[str, tuple[str, int]] = {
    "kuartal": ("quarter", 4),
    "kwartal": ("quarter", 4),
    "triwulan": ("quarter", 4),
    "semester": ("half", 2),
    "paruh": ("half", 2),
    "caturwulan": ("interval", 3),
    "cawu": ("interval", 3),
}

#: ``awal Maret 2026``, ``akhir 2027``: the value stays the month or year named (the
#: recognizer's documented convention); the word belongs to the span.
PART_OF_PERIOD: tuple[str, ...] = (
    "pertengahan", "penghujung", "permulaan", "awal", "akhir", "medio",
)  # fmt: skip

# --- prefixes ---------------------------------------------------------------------

#: Leading words that belong to the span (ANNOTATION.md) before a day date.
DAY_PREFIXES: tuple[str, ...] = ("tanggal", "tgl.", "tgl")
#: ... before a weekday (``hari Senin (2/3/2026)``).
WEEKDAY_PREFIXES: tuple[str, ...] = ()  # ``hari Jumat``: ANNOTATION.md names only tanggal, tahun, bulan
#: ... before a month (``bulan Maret``).
MONTH_PREFIXES: tuple[str, ...] = ("bulan",)
#: ... before a year; the longer ones label fiscal and school years.
YEAR_PREFIXES: tuple[str, ...] = (
    "tahun anggaran", "tahun ajaran", "tahun akademik", "tahun pelajaran", "tahun buku",
    "tahun",
)  # fmt: skip
#: ... the same, matched only as written (``TA 2025`` but not ``ta 2025``).
YEAR_PREFIXES_CASED: tuple[str, ...] = ("T.A.", "TA")

#: School years named relative to the reference date (``tahun ajaran baru``): the
#: word → how many school years after the current one (``baru`` is settled by the
#: recognizer: the one starting this July, or next year's from October on).
SCHOOL_YEAR_WORDS: tuple[str, ...] = ("tahun ajaran", "tahun akademik", "tahun pelajaran")
SCHOOL_YEAR_DIRECTIONS: dict[str, int | None] = {
    "baru": None, "ini": 0, "depan": 1, "mendatang": 1, "lalu": -1, "kemarin": -1,
}  # fmt: skip
#: The month a school year starts in Indonesia.
SCHOOL_YEAR_START_MONTH = 7

#: Prepositions and other words that may stand before a date but never belong to it;
#: before a bare 4-digit year they make it a year (``sepanjang 2025``, ``pada 2026``).
EXCLUDED_PREFIXES: frozenset[str] = frozenset(
    {"pada", "sejak", "hingga", "sampai", "sepanjang", "selama", "mulai", "per",
     "jelang", "menjelang", "di", "dari", "pasca", "sebelum", "setelah", "sesudah",
     "usai", "dibanding", "dibandingkan", "ketimbang", "memasuki", "menyambut",
     "antara", "hingga", "tahun", "target", "ditargetkan", "sepanjang", "semenjak",
     "sedari", "tuntas", "rampung", "era", "musim", "periode"}
)  # fmt: skip

#: Other words right before a bare year that make it a year (``anggaran 2026``).
YEAR_CONTEXT_PREVIOUS: frozenset[str] = EXCLUDED_PREFIXES | frozenset(
    {"anggaran", "edisi", "kalender", "sensus", "musim", "angkatan", "tahunan",
     "seputar", "keseluruhan"}
)

#: Joiners that carry a year's context to the next bare year (``2022 dan 2023``).
YEAR_LIST_JOINERS: tuple[str, ...] = ("dan", "atau", "serta", "maupun", ",")

#: Names of elections, censuses, budgets and events that date themselves with a year
#: even at the start of a sentence (``Pemilu 2029 masih lama``).
YEAR_EVENT_WORDS: frozenset[str] = frozenset(
    {"pemilu", "pilkada", "pilpres", "pileg", "pilgub", "pilbup", "pilwalkot", "sensus",
     "olimpiade", "piala", "apbd", "apbn", "apbdes", "rapbd", "rapbn", "rpjmd", "rpjmn",
     "rkpd", "pon", "porprov", "mtq", "hut", "expo", "festival", "haji", "umrah", "mudik",
     "lebaran", "ramadan", "ramadhan", "natal", "nataru", "idulfitri", "iduladha"}
)  # fmt: skip

#: Words for "now" that close a term in parentheses: ``(2019-sekarang)``.
PRESENT_WORDS: tuple[str, ...] = ("sekarang", "kini", "saat ini")

#: Words before a parenthesised bare ``(3/1)`` that make it a score or ratio.
DAY_MONTH_BLOCKING_PREVIOUS: frozenset[str] = frozenset(
    {"skor", "rasio", "perbandingan", "nilai", "hasil", "agregat", "kedudukan"}
)

#: Bare-year context after the year (``2019 silam``).
YEAR_CONTEXT_NEXT: frozenset[str] = frozenset({"lalu", "silam", "mendatang", "nanti"})

#: Words right before a 4-digit number that make it a number, not a year.
YEAR_BLOCKING_PREVIOUS: frozenset[str] = frozenset(
    {"nomor", "no", "no.", "nomer", "nmr", "pasal", "ayat", "rp", "rp.", "usd", "us$",
     "km", "kilometer", "rt", "rw", "blok", "kav", "kavling", "gang", "gg", "nopol",
     "kode", "sebanyak", "sejumlah", "total", "mencapai", "hanya", "sekitar", "kurang",
     "lebih", "nik", "nip", "nrp", "kamar", "lantai", "ruang", "pin", "hp", "telepon",
     "telp", "wa", "skor", "versi", "ver", "seri", "tipe", "type", "model", "pukul",
     "jam", "ke", "ke-", "nomor:", "reg", "register", "perkara", "sprint", "tercatat",
     "ada", "terdapat", "mencatat", "sebesar", "senilai", "seharga", "harga", "dana",
     "x", "hampir", "setidaknya", "sedikitnya", "sekurangnya", "kira-kira", "rute", "jalur", "bus", "kereta", "pesawat", "penerbangan", "flight",
     "plat", "pelat", "nomor polisi", "no.pol", "sk", "kepmen", "perbup", "perda"}
)  # fmt: skip

#: Words right after a 4-digit number that make it a count (``2025 peserta``).
YEAR_BLOCKING_NEXT: frozenset[str] = frozenset(
    {"orang", "peserta", "unit", "ekor", "ton", "kg", "kilogram", "gram", "km", "m",
     "meter", "hektare", "hektar", "ha", "rumah", "kasus", "jiwa", "buah", "lembar",
     "persen", "kali", "siswa", "warga", "pasien", "kendaraan", "titik", "desa",
     "sekolah", "jam", "menit", "detik", "rupiah", "dolar", "mdpl", "porsi", "paket", "botol", "butir", "batang",
     "bungkus", "liter", "kursi", "suara", "pemilih", "karyawan", "pekerja",
     "personel", "anggota", "mahasiswa", "kk", "keluarga", "petugas", "relawan",
     "pendaftar", "penumpang", "pengunjung", "penonton", "atlet", "pelari", "santri",
     "guru", "honorer", "calon", "lokasi", "bidang", "sertifikat", "dosis", "sampel",
     "tps", "rt", "rw", "kelurahan", "kecamatan", "ribu", "juta", "miliar", "triliun",
     "cc", "mah", "mb", "gb", "kb", "watt", "kwh", "mw", "volt", "km/jam", "ml",
     "pcs", "set", "koli", "karung", "kantong", "sak", "kubik", "ekor", "pohon",
     "bibit", "helai", "item", "poin", "gol", "menu", "rumah", "kamar", "lantai",
     "wib", "wita", "wit", "x"}
)  # fmt: skip

#: Words that mark a sentence as looking ahead: a year-less date or bare weekday in it
#: takes the next occurrence, not the last one.
FUTURE_CUES: frozenset[str] = frozenset(
    {"akan", "bakal", "rencananya", "direncanakan", "dijadwalkan", "terjadwal",
     "hendak", "mendatang", "nanti", "depan", "jadwal", "dijadwal", "diagendakan",
     "agenda", "rencana", "berencana", "lambat", "batas", "tenggat", "deadline",
     "diperkirakan", "diprediksi", "ditargetkan", "target", "bila", "jika",
     "apabila", "kalau", "agar", "supaya"}
)  # fmt: skip

#: Words that mark a sentence as looking back: a year-less date in it takes the last
#: occurrence even when the next one is nearer.
PAST_CUES: frozenset[str] = frozenset(
    {"sejak", "semenjak", "telah", "sudah", "pernah", "silam", "lalu", "kemarin",
     "tercatat", "terjadi", "dilaporkan", "ditemukan", "ditangkap", "tewas", "meninggal"}
)  # fmt: skip

#: Words right before a capitalised month name that make it a person's name
#: (``kata Agustus``, ``Pak Juni``).
MONTH_NAME_BLOCKING_PREVIOUS: frozenset[str] = frozenset(
    {"kata", "ujar", "ungkap", "tutur", "jelas", "tambah", "sebut", "imbuh", "pak",
     "bu", "bapak", "ibu", "mas", "mbak", "bang", "kak", "bernama", "oleh", "saudara",
     "sdr", "terdakwa", "tersangka", "korban", "pelaku", "nama", "bersama", "kepada",
     "dengan", "si", "sang"}
)  # fmt: skip

#: Time-of-day words that may follow a date and stay outside it (``Rabu (18/2) malam``).
TIMES_OF_DAY: frozenset[str] = frozenset(
    {"pagi", "siang", "sore", "petang", "malam", "dini", "subuh", "tengah"}
)  # fmt: skip

#: Connectors that join two dates into one range span (``17 Juli hingga 5 Agustus``).
#: Words joining two days of one month into one DATE span, a range: ``18 dan 19 Juni``
#: (ANNOTATION.md: coordinated dates are one range).
DAY_COORDINATORS: tuple[str, ...] = ("dan",)

RANGE_CONNECTORS: tuple[str, ...] = (
    "sampai dengan", "hingga", "sampai", "s.d.", "s.d", "s/d", "sd",
)  # fmt: skip
