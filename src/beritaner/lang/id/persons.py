"""Words around people's names in Indonesian news.

ANNOTATION.md: honorific and academic abbreviations written with a name belong to the
PERSON span; forms of address and police/military ranks do not (a rank is kept as a
field of the record).
"""

#: Honorific / religious / academic abbreviations written before a name (in the span).
HONORIFIC_PREFIXES: frozenset[str] = frozenset({
    "H.", "Hj.", "KH.", "KH", "K.H.", "Dr.", "dr.", "dr", "Drs.", "Dra.", "Ir.",
    "Prof.", "drg.", "Tgk.", "Tgk", "Teuku", "Cut", "R.", "RM.", "R.M.", "Raden",
    "Ust.", "Ustaz", "Ustadz", "Habib", "Gus", "Syekh", "Tuan Guru", "TGH.", "TGH", "Ny.",
    "apt.", "Ns.", "Andi", "Hajjah", "Haji", "Insinyur", "Doktor", "Profesor",
    "TB", "Tb.", "Tb", "Tubagus",  # Banten's Tubagus
    "DR", "Dr", "HC", "H.C.",  # an honorary doctorate: DR HC Doni Monardo
})  # fmt: skip

#: Honorifics that are also plain given names when they stand alone (Andi, Cut, Gus,
#: Teuku): kept in the span but not split off into ``honorifics``.
NAME_LIKE_HONORIFICS: frozenset[str] = frozenset({
    "Andi", "Cut", "Teuku", "Gus", "Raden", "Habib", "TB", "Tb.", "Tb", "Tubagus",
})  # fmt: skip

#: Lowercase words joining a name to the father's: ``Habib Luthfi bin Yahya``.
PATRONYMIC_PARTICLES: tuple[str, ...] = ("bin", "binti")

#: Academic degrees written after a name, usually after a comma (in the span).
DEGREE_SUFFIX_PATTERN = (
    r"(?:S|M|D)\.\s?[A-Z][A-Za-z]{0,5}\.(?:\s?[A-Z][a-z]{0,4}\.)?"  # S.H., M.Si., S.Kom., M.Sc.
    r"|Ph\.D\.?|MBA|MM|MPA|MH|SH|SE|ST|SIP|Lc\.?|Sp\.[A-Z]{1,3}\.?|Ak\.?|CPA"
)

#: Forms of address: never part of a PERSON span.
FORMS_OF_ADDRESS: frozenset[str] = frozenset({
    "Pak", "Bu", "Bapak", "Ibu", "Kang", "Mas", "Mbak", "Bang", "Abang", "Kak", "Teh",
    "Uda", "Uni", "Daeng", "Bung", "Om", "Tante", "Saudara", "Saudari", "Sdr.", "Sdri.",
    "Bpk.", "Bpk", "Opa", "Oma", "Eyang", "Mbah", "Cak", "Ning", "Nyonya", "Tuan",
})  # fmt: skip

#: Words a nickname starts with (``Saifullah Yusuf atau Gus Ipul``): after ``atau`` such a
#: name is the same person's other name, not a second person.
NICKNAME_LEADS: frozenset[str] = frozenset({
    "Gus", "Kang", "Cak", "Bang", "Bung", "Mas", "Mbak", "Ning", "Abah", "Buya", "Uda",
    "Daeng", "Mbah", "Kak", "Teh", "Ustaz", "Ustadz",
})  # fmt: skip

#: Words that open a sentence but never a name: a model PERSON that starts with one
#: starts after it (``Berdasarkan Laporan``, ``Usai Jokowi``). Not ``Lalu``: a Sasak
#: title that is part of the name (``Lalu Muhammad Saparwadi``).
NOT_NAME_OPENERS: frozenset[str] = frozenset({
    "Berdasarkan", "Menurut", "Dalam", "Dari", "Di", "Ke", "Pada", "Untuk", "Dengan", "Dan",
    "Atau", "Saat", "Ketika", "Sebagai", "Selaku", "Oleh", "Melalui", "Usai", "Seusai",
    "Setelah", "Sebelum", "Sementara", "Namun", "Tetapi", "Sedangkan", "Karena", "Sehingga",
    "Jika", "Kalau", "Bahkan", "Selain", "Terkait", "Soal", "Kepada", "Bagi", "Tentang",
    "Menjelang", "Selama", "Sejak", "Hingga", "Sampai", "Agar", "Supaya", "Meski", "Meskipun",
    "Walaupun", "Adapun", "Kemudian", "Akhirnya", "Yakni", "Yaitu", "Seperti",
    "Tanpa", "Demi", "Guna", "Apalagi", "Sebab", "Maka", "Lantaran", "Kendati",
})  # fmt: skip
#: English function words: a span holding one is a name of a body or a title (``The
#: President Center``, ``Head of Corporate Communications``), never a person's.
ENGLISH_FUNCTION_WORDS: frozenset[str] = frozenset({"The", "the", "of", "for", "and", "in", "on", "at", "by"})

#: Public figures' nicknames and the names they stand for. Where an article writes both
#: (``Presiden Joko Widodo`` … ``Presiden Jokowi``), they are one person, named by the
#: full name; a nickname alone names no one new (it stays as written).
KNOWN_NICKNAMES: dict[str, str] = {
    "Jokowi": "Joko Widodo",
    "SBY": "Susilo Bambang Yudhoyono",
    "AHY": "Agus Harimurti Yudhoyono",
    "JK": "Jusuf Kalla",
    "Zulhas": "Zulkifli Hasan",
    "Cak Imin": "Muhaimin Iskandar",
    "Gus Imin": "Muhaimin Iskandar",
    "Gus Dur": "Abdurrahman Wahid",
    "Ahok": "Basuki Tjahaja Purnama",
    "BTP": "Basuki Tjahaja Purnama",
    "Kang Emil": "Ridwan Kamil",
    "RK": "Ridwan Kamil",
    "Gus Ipul": "Saifullah Yusuf",
    "Bamsoet": "Bambang Soesatyo",
    "Risma": "Tri Rismaharini",
    "Gus Yahya": "Yahya Cholil Staquf",
    "Gus Yaqut": "Yaqut Cholil Qoumas",
    "Yenny Wahid": "Zannuba Ariffah Chafsoh",
    "KDM": "Dedi Mulyadi",
    "LBP": "Luhut Binsar Pandjaitan",
    "HRS": "Rizieq Shihab",
    "Bung Karno": "Soekarno",
    "Bung Hatta": "Mohammad Hatta",
    "Sandi": "Sandiaga Uno",
}

#: Police and military ranks (longest forms first where one is a prefix of another).
_BASE_RANKS: tuple[str, ...] = (
    # police
    "Jenderal Polisi", "Jenderal Pol", "Komjen Pol", "Komjen", "Irjen Pol", "Irjen",
    "Brigjen Pol", "Brigjen TNI", "Brigjen", "Kombes Pol", "Kombes", "AKBP", "Kompol",
    "AKP", "Iptu", "Ipda", "Aiptu", "Aipda", "Bripka", "Brigpol", "Brigadir Polisi",
    "Brigadir", "Briptu", "Bripda", "Abrip", "Abriptu", "Abripda", "Bharaka", "Bharatu",
    "Bharada",
    # military
    "Jenderal TNI", "Laksamana TNI", "Marsekal TNI", "Letjen TNI", "Letjen", "Mayjen TNI",
    "Mayjen", "Laksdya TNI", "Laksda TNI", "Marsdya TNI", "Marsda TNI", "Kolonel Inf",
    "Kolonel Laut", "Kolonel Pnb", "Kolonel", "Letkol Inf", "Letkol", "Mayor Inf", "Mayor",
    "Kapten Inf", "Kapten", "Lettu", "Letda", "Peltu", "Pelda", "Serma", "Serka", "Sertu",
    "Serda", "Kopka", "Koptu", "Kopda", "Praka", "Pratu", "Prada", "Laksamana", "Marsekal",
    "Jenderal",
)  # fmt: skip

#: Marks of a retired officer written after the rank (``Komjen Pol (Purn) Firli Bahuri``).
RETIRED_MARKS: tuple[str, ...] = ("(Purn)", "(Purn.)", "Purn.", "Purn", "(Purnawirawan)")

#: Ranks news also writes in capitals (``IPTU Eko``, ``KOMPOL Budi``); not those that are
#: everyday words in an all-capitals headline (``MAYOR``, ``KAPTEN``, ``JENDERAL``).
_CAPITALISED_RANKS: tuple[str, ...] = tuple(
    r.upper() for r in _BASE_RANKS
    if " " not in r and not r.isupper() and r not in ("Jenderal", "Laksamana", "Marsekal", "Mayor", "Kapten", "Kolonel", "Brigadir")
)

#: Every rank as written, without a retired mark.
BASE_RANKS: tuple[str, ...] = _BASE_RANKS + _CAPITALISED_RANKS

#: Ranks as written before a name: each base rank, alone or with a retired mark (as
#: strings, for word sets; patterns use :data:`beritaner.text.RANK`, which says the same).
RANKS: tuple[str, ...] = BASE_RANKS + tuple(f"{r} {m}" for r in BASE_RANKS for m in RETIRED_MARKS)

#: Words after which capital initials stand for a person in crime news (`tersangka RS`).
INITIALS_TRIGGERS: frozenset[str] = frozenset({
    "tersangka", "pelaku", "korban", "terdakwa", "terpidana", "saksi", "inisial",
    "berinisial", "pria", "wanita", "perempuan", "tahanan", "buronan", "residivis",
    "terlapor", "pelapor", "saudara", "saudari", "sdr", "dokter", "oknum", "suami", "istri",
    "remaja", "bocah", "siswa", "siswi", "mahasiswa", "mahasiswi", "sopir", "pengemudi",
    "kurir", "pemilik", "karyawan", "pegawai", "ayah",
})  # fmt: skip
#: Triggers after which one capital letter is a person's initial too (``seorang pria
#: berinisial F``; the article then writes ``F mengaku …``).
SINGLE_INITIAL_TRIGGERS: frozenset[str] = frozenset({"inisial", "berinisial"})

#: Lowercase nouns after which a lone capital letter is a letter, not a person's initial:
#: ``kunci T`` (the T-shaped key of motorbike thieves), ``huruf A``, ``tipe B``,
#: ``golongan C``. A name the model starts with such a letter is no name.
LETTER_LABEL_NOUNS: frozenset[str] = frozenset({
    "kunci", "huruf", "tipe", "kelas", "golongan", "blok", "zona", "grup", "seri",
    "vitamin", "kode", "model", "sektor", "lantai", "ruang", "gedung", "paviliun",
    "varian", "ukuran", "nilai", "opsi", "pilihan", "poin", "pasal", "ayat", "kategori",
})  # fmt: skip

#: Capital abbreviations that follow those triggers but are not a person's initials.
NOT_INITIALS: frozenset[str] = frozenset({
    "TNI", "ASN", "PNS", "DPO", "SMA", "SMP", "SMK", "SD", "MTs", "MA", "PT", "CV", "AS",
    "RI", "KPK", "DPR", "DPRD", "WNA", "WNI", "ODGJ", "TKI", "PMI", "UMKM", "OTT", "RT",
    "RW", "BUMN", "BUMD", "KDRT", "TPPO", "TPPU", "NTT", "NTB", "DKI", "DIY", "WIB",
    "WITA", "WIT", "UU", "KUHP",
})  # fmt: skip

#: Link words between a person and the office they hold, as in
#: "Andra Soni selaku Gubernur Banten" or "Andra Soni yang juga Gubernur Banten".
HOLDER_LINKS: tuple[str, ...] = (
    "selaku", "sebagai", "yang juga", "yang menjabat", "yang menjabat sebagai",
    "yang merupakan", "yang kini menjabat", "yang saat ini menjabat", "menjabat sebagai",
    "ditunjuk sebagai", "ditunjuk menjadi", "dilantik sebagai", "dilantik menjadi",
    "diangkat sebagai", "diangkat menjadi", "terpilih sebagai", "terpilih menjadi",
    "ditetapkan sebagai", "dikukuhkan sebagai",
    # removal from a post still names its holder: "Anwar Usman diberhentikan sebagai Ketua MK"
    "diberhentikan sebagai", "diberhentikan dari jabatan", "dicopot sebagai",
    "dicopot dari jabatan", "dicopot dari jabatannya sebagai", "mundur sebagai",
    "mundur dari jabatan", "dipecat sebagai", "kembali terpilih sebagai", "terpilih kembali sebagai",
)
#: Adverbs that may stand before those links: "Hamzah resmi ditunjuk sebagai Plt Bupati".
LINK_ADVERBS: tuple[str, ...] = (
    "resmi", "telah", "sudah", "baru", "baru saja", "kini", "akhirnya", "tak lagi", "tidak lagi",
    "pernah", "sempat", "masih",
)

#: Words that name an office's term before its years: "Gubernur Jawa Timur Periode
#: 2019-2024 Khofifah …", "Bupati Kampar periode 2016–2021, Azwar Halim" (any case).
TERM_WORDS: tuple[str, ...] = ("periode", "masa jabatan", "masa bakti")

#: Words that may stand between an office and its holder's name:
#: "Sekda Kepri sebelumnya, Adi …", "Direktur CV X berinisial HS".
HOLDER_GAP_WORDS: tuple[str, ...] = (
    "berinisial", "inisial", "bernama", "yakni", "yaitu", "sebelumnya", "terdahulu",
    "terpilih", "definitif", "saat ini", "kini", "baru", "lama", "periode sebelumnya",
    # the post filled by: "Deputi Hukum dijabat Todung Mulya Lubis"
    "diisi", "diisi oleh", "yang diisi oleh", "dijabat", "dijabat oleh", "yang dijabat oleh",
    "dipegang", "dipegang oleh", "yang dipegang oleh", "ditempati", "ditempati oleh",
    "diduduki", "diduduki oleh", "diemban", "diemban oleh",
)

#: Words right before an office that make the nearest person before them in the same
#: clause its holder: "Emil Dardak telah mengakhiri masa jabatannya sebagai Wakil
#: Gubernur Jatim", "Eko Sulistyo ialah alumnus UNS yang kini menjabat Komisaris PLN".
CLAUSE_HOLDER_CUES: tuple[str, ...] = (
    "sebagai", "selaku", "menjabat", "menjadi", "merangkap", "dilantik", "diangkat",
)
#: Demonstratives after an office that point back to a person already named:
#: "Mantan Bupati Trenggalek itu menyoroti …", "ujar Ketua DPD Gerindra Sumbar ini".
OFFICE_DEMONSTRATIVES: tuple[str, ...] = ("itu", "ini", "tersebut")

#: Words that may introduce a place or body inside an apposition:
#: "anggota DPRD Kota Ambon dari Fraksi Partai Gerindra, Umar Tuasikal".
APPOSITION_BRIDGES: tuple[str, ...] = ("dari", "asal", "di", "pada", "untuk")

#: Words joining two offices held by one person: "Wali Kota Batam sekaligus Kepala BP
#: Batam, Yudha …".
OFFICE_CONJUNCTIONS: tuple[str, ...] = ("sekaligus", "merangkap", "dan juga", "yang juga")

#: Name words of Balinese birth-order and caste names, which start with "I" or "Ni":
#: "I Made Sukarta", "Ni Made Sukmawati".
BALINESE_NAME_WORDS: tuple[str, ...] = (
    "Wayan", "Made", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Gede", "Gusti", "Luh",
    "Nengah", "Nyoman", "Dewa", "Ayu",
)


#: Speech verbs after which news names the speaker: "ujar Andra Soni", "kata Hasbi".
SPEECH_VERBS: frozenset[str] = frozenset({
    "kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tegas", "imbuh", "tambah",
    "sebut", "terang", "pungkas", "lanjut", "papar", "urai", "katanya", "ujarnya",
    "menurut", "kata dia", "tanya", "sambung", "timpal", "seru", "pesan", "harap", "pinta",
    "ajak", "akui", "klaim", "bilang",
})  # fmt: skip

#: Roles of a courtroom or a case, written before the person in them (``hakim
#: Rosihan``, ``kata Ketua Majelis Hakim, Rosihan``, ``kuasa hukum Ronny Talapessy``):
#: the capitalised words after them are a name. (Not every role: ``petugas Ambulans
#: Gawat Darurat``, ``relawan Pasukan Udara`` name bodies.)
ROLES_BEFORE_NAMES: tuple[str, ...] = (
    "jaksa", "JPU", "jaksa penuntut umum", "hakim", "majelis hakim", "ketua majelis hakim",
    "hakim ketua", "hakim anggota", "penyidik", "kuasa hukum", "pengacara", "advokat", "saksi",
    "saksi ahli", "tersangka", "terdakwa", "terpidana", "korban",
)

#: Nouns for a person that may introduce a nickname: ``pria yang karib disapa Ipunk``.
PERSON_NOUNS: tuple[str, ...] = (
    "pria", "wanita", "perempuan", "lelaki", "laki-laki", "sosok", "pemuda", "pemudi", "remaja",
    "bocah", "ibu", "bapak", "pria kelahiran", "wanita kelahiran",
)

#: Roles and professions written before a name (``Menurut Pengamat Pasar Uang Ibrahim
#: Assuaibi``): the name follows them; they are never a name themselves.
ROLE_NOUNS: frozenset[str] = frozenset({
    "Pengamat", "Analis", "Peneliti", "Pakar", "Ekonom", "Akademisi", "Pemerhati", "Aktivis",
    "Praktisi", "Tersangka", "Terdakwa", "Terpidana", "Narapidana", "Saksi", "Korban",
    "Pelaku", "Petugas", "Pedagang", "Pengusaha", "Mahasiswa", "Mahasiswi", "Pengendara",
    "Penumpang", "Pengemudi", "Relawan", "Pengunjung", "Peserta", "Investigator", "Penyidik",
    "Penyelidik", "Terlapor", "Pelapor", "Pengacara", "Advokat",
})  # fmt: skip

#: Meetings named by their syllabic short forms (``Rakor`` = rapat koordinasi): events,
#: not people.
MEETING_WORDS: frozenset[str] = frozenset({
    "Rakor", "Rakorda", "Rakornas", "Rakerda", "Rakernas", "Rakerwil", "Rapim", "Rapat",
    "Musrenbang", "Muswil", "Musda", "Munas", "Mukernas", "Rakorpim",
})  # fmt: skip

#: Capitalised words of things, not people: a span the model calls a PERSON with one of
#: them among its words is no person at all (``Tafsir Al-Qur'an``, ``HUT Bhayangkara``):
#: an anniversary, a draft bylaw, a shareholders' meeting, a Quran recital contest,
#: scripture.
NEVER_IN_NAMES: frozenset[str] = frozenset({
    "HUT", "Raperda", "Perda", "RUPS", "RUPSLB", "MTQ", "Qur'an", "Al-Qur'an", "Alquran",
    "Al-Quran", "Quran",
})  # fmt: skip

#: Peoples and communities, named with a capital but no one's name (``warga Minang``,
#: ``kaum Nahdliyin``). Names shared with a place (Jawa, Banjar, Toraja) are left to the
#: place knowledge.
ETHNIC_GROUPS: frozenset[str] = frozenset({
    "Minang", "Minangkabau", "Batak", "Bugis", "Dayak", "Sunda", "Betawi", "Tionghoa",
    "Sasak", "Nahdliyin", "Melayu", "Mandar", "Osing", "Tengger", "Baduy",
})  # fmt: skip

#: Nouns of a community before its name (``Warga Minang``, ``suku Dayak``): with a
#: capital at a sentence's start they do not make the pair a longer name.
COMMUNITY_NOUNS: frozenset[str] = frozenset({
    "warga", "suku", "orang", "masyarakat", "kaum", "etnis", "adat", "tokoh", "perantau",
    "urang", "bahasa", "budaya", "tradisi", "keturunan", "komunitas", "umat", "kalangan",
})  # fmt: skip

#: Capitalised words that are never (part of) a person's name, even after a speech
#: verb or an office: weekdays, months, pronouns, sentence-initial function words.
NOT_NAME_WORDS: frozenset[str] = frozenset({
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Ahad",
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
    "September", "Oktober", "November", "Desember", "Dia", "Ia", "Beliau", "Mereka",
    "Kami", "Kita", "Saya", "Dalam", "Selain", "Menurut", "Namun", "Sementara", "Saat",
    "Kepada", "Dengan", "Untuk", "Pada", "Sejak", "Hingga", "Bahkan", "Meski", "Karena",
    "Sebelumnya", "Selanjutnya", "Kemudian", "Adapun", "Sedangkan", "Terkait", "Baca",
    "Juga", "Editor", "Pewarta", "Reporter", "Penulis", "Foto", "Sumber", "Tim", "Pihak",
    "Warga", "Polisi", "Pemerintah", "Jalan", "Kota", "Kabupaten", "Provinsi", "Desa",
    "Kecamatan", "Wilayah", "Regional", "Indonesia", "Negara", "WIB", "WITA", "WIT", "Rp", "Yang", "Ini", "Itu", "Para",
    "Nomor", "No", "Pasal", "Ayat", "Tahun",  # a law's number: Peraturan Menteri PU Nomor 16
    # type words of places, which need a name after them (``Gunung`` alone is no one)
    "Gunung", "Pulau", "Sungai", "Danau", "Bukit", "Pantai", "Kantor", "Gedung", "Pasar",
    "Masjid", "Gereja", "Hotel", "Stadion", "Terminal", "Bandara", "Pelabuhan", "Kawasan",
    "Purn",  # the retired mark of a rank (``Letjen Purn``)
}) | ROLE_NOUNS | MEETING_WORDS | NEVER_IN_NAMES | ETHNIC_GROUPS  # fmt: skip

#: Labels of a line that links another article: "Baca Juga: …".
READ_ALSO_LABELS: tuple[str, ...] = ("Baca juga", "Baca pula", "Simak juga", "Lihat juga", "Artikel terkait")

#: Labels of a byline or credit line followed by a person's name: "Pewarta: Rina".
BYLINE_LABELS: tuple[str, ...] = (
    "Pewarta", "Editor", "Reporter", "Penulis", "Redaktur", "Penyunting", "Kontributor",
    "Fotografer", "Laporan", "Wartawan",
)

#: Abbreviated first names written before the rest of a name: "Moh. Yamin Katili".
NAME_ABBREVIATIONS: tuple[str, ...] = (
    "M.", "Moh.", "Muh.", "Moch.", "Mochd.", "Mhd.", "Mohd.", "Muhd.", "Abd.", "Ach.",
    "Ahm.", "Sy.", "Hj.", "H.",
)

#: Particles a scraper or a writer hyphenates onto a name (``Mahfud-lah``,
#: ``Jokowi-nya``): not part of it.
NAME_PARTICLES: tuple[str, ...] = ("lah", "nya", "pun", "kah", "tah")
