"""Indonesian words for places: administrative words, short forms, facility triggers,
countries, islands and the stoplists the place recognizer needs.

Region names and codes themselves come from the Kemendagri list (``beritaner/data``,
see ``beritaner.gazetteer``); this module only holds the language around them. Every
target name on the right of a mapping is the name as written in the Kemendagri data
(``tests/test_places.py`` checks that each resolves).
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------
# Administrative words. Written form (as capitalised in news) -> level of the region
# that follows. ``None``: a place below the village (dusun) that has no code.
ADMIN_WORDS: dict[str, str | None] = {
    "Provinsi": "provinsi", "Prov.": "provinsi", "Prov": "provinsi", "Propinsi": "provinsi",
    "Kabupaten": "kabupaten", "Kab.": "kabupaten", "Kab": "kabupaten",
    "Kota": "kota", "Kotamadya": "kota", "Kodya": "kota",
    "Kecamatan": "kecamatan", "Kec.": "kecamatan", "Kec": "kecamatan",
    "Distrik": "kecamatan",      # Papua
    "Kapanewon": "kecamatan",    # DIY regencies
    "Kemantren": "kecamatan",    # Kota Yogyakarta
    "Kelurahan": "desa", "Kel.": "desa", "Kalurahan": "desa",
    "Desa": "desa", "Ds.": "desa",
    "Kampung": "desa",           # a village in Papua and Aceh, a hamlet in Java
    "Nagari": "desa",            # Sumatera Barat
    "Gampong": "desa",           # Aceh
    "Pekon": "desa",             # Lampung
    "Tiyuh": "desa",             # Tulang Bawang Barat
    "Dusun": None, "Dsn.": None, "Dukuh": None, "Kp.": None,
}  # fmt: skip

#: words that name an urban village (kelurahan) rather than a desa, for a place the
#: article names without a code. ``Kalurahan`` is the desa of DIY regencies (its
#: Kemendagri codes are desa codes), so it is not here.
KELURAHAN_WORDS: frozenset[str] = frozenset({"Kelurahan", "Kel.", "Kel"})

#: administrative words whose village code is given only when the article names the
#: village's regency or district (``Kampung Pulo`` in Jakarta is no village of that name)
ADMIN_WORDS_CODE_NEEDS_CONTEXT: frozenset[str] = frozenset({"Kampung", "Negeri"})

#: administrative words that are also everyday words (``Negeri``: a village in Maluku,
#: but ``Pengadilan Negeri``, ``Dalam Negeri``): they count only before a known village
#: name and after a lowercase word
ADMIN_WORDS_KNOWN_ONLY: dict[str, str] = {"Negeri": "desa"}

#: words that make another village or district of a known name (``Cibuntu Wetan`` is not
#: ``Cibuntu``): after ``Desa X``/``Kecamatan X`` they join the span, and the code of X
#: is no longer given
NAME_SUFFIXES: frozenset[str] = frozenset({
    "Wetan", "Kulon", "Kidul", "Lor", "Hilir", "Hulu", "Ilir", "Ulu", "Baru", "Lama", "Jaya",
    "Indah", "Makmur", "Timur", "Barat", "Utara", "Selatan", "Tengah", "Satu", "Dua",
    "Tiga", "Empat", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
})  # fmt: skip

#: titles before an administrative word: ``Kepala Desa Budi Santoso`` names a person
#: after the office, so an unknown name there is no place
TITLES_BEFORE_ADMIN: frozenset[str] = frozenset({
    "Kepala", "Sekretaris", "Wakil", "Pj", "Pj.", "Plt", "Plt.", "Plh", "Penjabat",
    "Perangkat", "Ketua", "Bendahara", "Camat", "Lurah",
})  # fmt: skip

#: words after an administrative word that make a programme or category, not a name
#: (``Dana Desa Tahap II``, ``Desa Tangguh Bencana``, ``Kota Layak Anak``): no place,
#: even where a village happens to bear the name
ADMIN_NOT_NAMES: frozenset[str] = frozenset({
    "Tahap", "Mandiri", "Digital", "Sehat", "Siaga", "Tangguh", "Layak", "Cerdas",
    "Binaan", "Inklusi", "Inklusif", "Maju", "Berkembang", "Tertinggal", "Sangat",
    "Percontohan", "Model", "Pintar", "Kreatif", "Hijau", "Bersih", "Ramah", "Anti",
    "Bebas", "Prioritas", "Penyangga", "Lengkap", "Terpencil", "Sejahtera", "Berdaya",
    "Pangan", "Energi", "Antikorupsi", "Bersinar", "Cantik", "Ekspor", "Devisa",
    "Pusaka", "Budaya", "Toleran",
})  # fmt: skip

#: written after ``Kota``/``Kabupaten`` in Jakarta's official names
ADMIN_FILLERS: frozenset[str] = frozenset({"Administrasi", "Adm."})

#: lowercase admin words: a level hint for the capitalised name after them; the span
#: is then the name only (``di kabupaten Bogor`` -> ``Bogor``)
ADMIN_WORDS_LOWER: dict[str, str] = {
    "provinsi": "provinsi", "kabupaten": "kabupaten", "kota": "kota",
    "kecamatan": "kecamatan", "kelurahan": "desa", "desa": "desa", "nagari": "desa",
    "gampong": "desa", "pekon": "desa",
}  # fmt: skip

# ---------------------------------------------------------------------------------
# Short forms and spelling variants -> Kemendagri name.
PROVINCE_SHORT_FORMS: dict[str, str] = {
    "Jabar": "Jawa Barat", "Jateng": "Jawa Tengah", "Jatim": "Jawa Timur",
    "Sumut": "Sumatera Utara", "Sumbar": "Sumatera Barat", "Sumsel": "Sumatera Selatan",
    "Sulsel": "Sulawesi Selatan", "Sulut": "Sulawesi Utara", "Sulteng": "Sulawesi Tengah",
    "Sultra": "Sulawesi Tenggara", "Sulbar": "Sulawesi Barat",
    "Kalbar": "Kalimantan Barat", "Kalteng": "Kalimantan Tengah",
    "Kalsel": "Kalimantan Selatan", "Kaltim": "Kalimantan Timur",
    "Kaltara": "Kalimantan Utara",
    "NTT": "Nusa Tenggara Timur", "NTB": "Nusa Tenggara Barat",
    "DKI": "Daerah Khusus Ibukota Jakarta", "DKI Jakarta": "Daerah Khusus Ibukota Jakarta",
    "DKJ": "Daerah Khusus Ibukota Jakarta", "Daerah Khusus Jakarta": "Daerah Khusus Ibukota Jakarta",
    "Jakarta": "Daerah Khusus Ibukota Jakarta",
    "DIY": "Daerah Istimewa Yogyakarta", "DI Yogyakarta": "Daerah Istimewa Yogyakarta",
    "Babel": "Kepulauan Bangka Belitung", "Bangka Belitung": "Kepulauan Bangka Belitung",
    "Kepri": "Kepulauan Riau", "Malut": "Maluku Utara", "Pabar": "Papua Barat",
    "PBD": "Papua Barat Daya", "NAD": "Aceh", "Nanggroe Aceh Darussalam": "Aceh",
}  # fmt: skip

REGENCY_SHORT_FORMS: dict[str, str] = {
    # Lampung
    "Lamtim": "Kabupaten Lampung Timur", "Lambar": "Kabupaten Lampung Barat",
    "Lamsel": "Kabupaten Lampung Selatan", "Lamteng": "Kabupaten Lampung Tengah",
    "Lampura": "Kabupaten Lampung Utara", "Tuba": "Kabupaten Tulang Bawang",
    "Tubaba": "Kabupaten Tulang Bawang Barat", "Pesbar": "Kabupaten Pesisir Barat",
    # Jakarta, Banten, Jawa Barat
    "Jakbar": "Kota Administrasi Jakarta Barat", "Jaksel": "Kota Administrasi Jakarta Selatan",
    "Jaktim": "Kota Administrasi Jakarta Timur", "Jakut": "Kota Administrasi Jakarta Utara",
    "Jakpus": "Kota Administrasi Jakarta Pusat", "Tangsel": "Kota Tangerang Selatan",
    "KBB": "Kabupaten Bandung Barat",
    # Sumatera
    "Madina": "Kabupaten Mandailing Natal", "Sergai": "Kabupaten Serdang Bedagai",
    "Taput": "Kabupaten Tapanuli Utara", "Tapteng": "Kabupaten Tapanuli Tengah",
    "Tapsel": "Kabupaten Tapanuli Selatan", "Labusel": "Kabupaten Labuhanbatu Selatan",
    "Labura": "Kabupaten Labuhanbatu Utara", "Humbahas": "Kabupaten Humbang Hasundutan",
    "Paluta": "Kabupaten Padang Lawas Utara", "Pessel": "Kabupaten Pesisir Selatan",
    "Inhu": "Kabupaten Indragiri Hulu", "Inhil": "Kabupaten Indragiri Hilir",
    "Kuansing": "Kabupaten Kuantan Singingi", "Rohul": "Kabupaten Rokan Hulu",
    "Rohil": "Kabupaten Rokan Hilir", "Tanjabbar": "Kabupaten Tanjung Jabung Barat",
    "Tanjabtim": "Kabupaten Tanjung Jabung Timur", "OKU": "Kabupaten Ogan Komering Ulu",
    "Muba": "Kabupaten Musi Banyuasin", "Muratara": "Kabupaten Musi Rawas Utara",
    "PALI": "Kabupaten Penukal Abab Lematang Ilir", "Mentawai": "Kabupaten Kepulauan Mentawai",
    "Meranti": "Kabupaten Kepulauan Meranti", "Anambas": "Kabupaten Kepulauan Anambas",
    # Nusa Tenggara
    "Lobar": "Kabupaten Lombok Barat", "Loteng": "Kabupaten Lombok Tengah",
    "Lotim": "Kabupaten Lombok Timur", "KLU": "Kabupaten Lombok Utara",
    "KSB": "Kabupaten Sumbawa Barat", "Mabar": "Kabupaten Manggarai Barat",
    "Matim": "Kabupaten Manggarai Timur", "TTS": "Kabupaten Timor Tengah Selatan",
    "TTU": "Kabupaten Timor Tengah Utara", "SBD": "Kabupaten Sumba Barat Daya",
    # Kalimantan
    "Kukar": "Kabupaten Kutai Kartanegara", "Kutim": "Kabupaten Kutai Timur",
    "Kubar": "Kabupaten Kutai Barat", "PPU": "Kabupaten Penajam Paser Utara",
    "Kotim": "Kabupaten Kotawaringin Timur", "Kobar": "Kabupaten Kotawaringin Barat",
    "HSS": "Kabupaten Hulu Sungai Selatan", "HST": "Kabupaten Hulu Sungai Tengah",
    "HSU": "Kabupaten Hulu Sungai Utara", "Tanbu": "Kabupaten Tanah Bumbu",
    "Kapuas Hulu": "Kabupaten Kapuas Hulu", "Mahulu": "Kabupaten Mahakam Ulu",
    # Sulawesi
    "Sidrap": "Kabupaten Sidenreng Rappang", "Pangkep": "Kabupaten Pangkajene dan Kepulauan",
    "Lutim": "Kabupaten Luwu Timur", "Lutra": "Kabupaten Luwu Utara",
    "Torut": "Kabupaten Toraja Utara", "Tator": "Kabupaten Tana Toraja",
    "Selayar": "Kabupaten Kepulauan Selayar", "Bolmong": "Kabupaten Bolaang Mongondow",
    "Minut": "Kabupaten Minahasa Utara", "Minsel": "Kabupaten Minahasa Selatan",
    "Sitaro": "Kabupaten Kep. Siau Tagulandang Biaro",
    "Kepulauan Siau Tagulandang Biaro": "Kabupaten Kep. Siau Tagulandang Biaro",
    "Sangihe": "Kabupaten Kepulauan Sangihe", "Talaud": "Kabupaten Kepulauan Talaud",
    "Parimo": "Kabupaten Parigi Moutong", "Touna": "Kabupaten Tojo Una Una",
    "Bangkep": "Kabupaten Banggai Kepulauan", "Morut": "Kabupaten Morowali Utara",
    "Polman": "Kabupaten Polewali Mandar", "Mateng": "Kabupaten Mamuju Tengah",
    "Konsel": "Kabupaten Konawe Selatan", "Konut": "Kabupaten Konawe Utara",
    "Kolut": "Kabupaten Kolaka Utara", "Koltim": "Kabupaten Kolaka Timur",
    "Busel": "Kabupaten Buton Selatan", "Buteng": "Kabupaten Buton Tengah",
    "Butur": "Kabupaten Buton Utara", "Gorut": "Kabupaten Gorontalo Utara",
    "Bone Bol": "Kabupaten Bone Bolango",
    # Maluku, Papua
    "Malra": "Kabupaten Maluku Tenggara", "Malteng": "Kabupaten Maluku Tengah",
    "MBD": "Kabupaten Maluku Barat Daya", "SBB": "Kabupaten Seram Bagian Barat",
    "SBT": "Kabupaten Seram Bagian Timur", "Halut": "Kabupaten Halmahera Utara",
    "Halsel": "Kabupaten Halmahera Selatan", "Halteng": "Kabupaten Halmahera Tengah",
    "Halbar": "Kabupaten Halmahera Barat", "Haltim": "Kabupaten Halmahera Timur",
    "Morotai": "Kabupaten Pulau Morotai", "Taliabu": "Kabupaten Pulau Taliabu",
    "Tanimbar": "Kabupaten Kepulauan Tanimbar", "Aru": "Kabupaten Kepulauan Aru",
    "Yapen": "Kabupaten Kepulauan Yapen", "Biak": "Kabupaten Biak Numfor",
    "Mansel": "Kabupaten Manokwari Selatan", "Pegaf": "Kabupaten Pegunungan Arfak",
    "Timika": "Kabupaten Mimika", "Wamena": "Kabupaten Jayawijaya",
}  # fmt: skip

#: other spellings and everyday names of regions (the Kemendagri name on the right)
REGION_VARIANTS: dict[str, str] = {
    "Jogja": "Kota Yogyakarta", "Yogya": "Kota Yogyakarta", "Jogjakarta": "Kota Yogyakarta",
    "Solo": "Kota Surakarta", "Makasar": "Kota Makassar",
    "Pematang Siantar": "Kota Pematangsiantar", "Siantar": "Kota Pematangsiantar",
    "Tanjung Balai": "Kota Tanjungbalai", "Padang Sidempuan": "Kota Padangsidimpuan",
    "Padangsidempuan": "Kota Padangsidimpuan", "Gunung Sitoli": "Kota Gunungsitoli",
    "Labuhan Batu": "Kabupaten Labuhanbatu", "Palangka Raya": "Kota Palangkaraya",
    "Tidore": "Kota Tidore Kepulauan", "Parepare": "Kota Parepare", "Pare-Pare": "Kota Parepare",
    "Kota Baru": "Kabupaten Kotabaru", "Batang Hari": "Kabupaten Batanghari",
    "Lima Puluh Kota": "Kabupaten Lima Puluh Kota", "Limapuluh Kota": "Kabupaten Lima Puluh Kota",
    "Tolitoli": "Kabupaten Toli-Toli", "Muaro Jambi": "Kabupaten Muaro Jambi",
    "Muarojambi": "Kabupaten Muaro Jambi", "Tanjungpinang": "Kota Tanjung Pinang",
    "Mukomuko": "Kabupaten Mukomuko", "Fakfak": "Kabupaten Fak Fak",
    "Bangka Barat": "Kabupaten Bangka Barat", "Pulau Morotai": "Kabupaten Pulau Morotai",
    # news often spells the island Sumatra, as in English
    "Sumatra Utara": "Sumatera Utara", "Sumatra Barat": "Sumatera Barat",
    "Sumatra Selatan": "Sumatera Selatan",
}  # fmt: skip

# ---------------------------------------------------------------------------------
# Bare region names the recognizer treats with care. ``lowercase_uses`` in the
# gazetteer flags everyday words automatically; these lists hold what a corpus count
# cannot see.

#: big places whose names are also everyday words: still matched bare
WELL_KNOWN_DESPITE_WORD: frozenset[str] = frozenset({
    "Aceh", "Medan", "Padang", "Malang", "Serang", "Bekasi", "Palu", "Langsa", "Banggai",
})  # fmt: skip

#: regions whose bare name usually means something else in news (a word, a person, a
#: landmark elsewhere): matched bare only after a locative word (``di Batang``)
DOUBTFUL_BARE_REGIONS: frozenset[str] = frozenset({
    "Batang", "Batu", "Puncak", "Metro", "Landak", "Banjar", "Seram", "Sigi", "Bima",
    "Samosir", "Karo", "Lingga", "Kaur", "Tapin", "Buru", "Gunung Mas", "Tebing Tinggi",
    "Padang Panjang", "Intan Jaya", "Empat Lawang", "Tanah Laut", "Tanah Datar",
    "Pesisir Barat", "Pesisir Selatan", "Kota Baru", "Toba", "Kuningan", "Lebak", "Agam",
    "Tual", "Muna", "Paser",
})  # fmt: skip

#: district names that are also common Indonesian given names or surnames (not
#: matched bare; with ``Kecamatan`` they still are)
PERSON_NAME_REGIONS: frozenset[str] = frozenset({
    "Bambang", "Banawa", "Bancar", "Damar", "Dipa", "Gading", "Galang", "Galur", "Gantar",
    "Jati", "Jaya", "Kamal", "Mila", "Nainggolan", "Panji", "Permata", "Sakti", "Warsa",
    "Tirtayasa", "Kajen", "Ibun", "Bima", "Karo", "Lingga", "Samosir", "Intan", "Ratna",
    "Indah", "Wangi", "Sari", "Putri", "Dewi", "Ayu", "Rahmat", "Hadi", "Agung", "Adi",
    "Sinaga", "Siregar", "Lubis", "Harahap", "Simanjuntak", "Pohan", "Hutagalung",
    "Kurnia", "Laksana", "Mahendra", "Pandu", "Lestari", "Cahaya", "Ilham", "Gilang",
    "Mustika", "Mandala", "Bakti", "Karya", "Jamil", "Malik", "Maman", "Budiman",
})  # fmt: skip

#: words after a region's name that make a larger or smaller area of it
#: (``Garut Selatan``, ``Malang Raya``): one span, without a code
AREA_SUFFIXES: tuple[str, ...] = ("Utara", "Selatan", "Timur", "Barat", "Tengah", "Raya", "Tenggara")

#: words right before a bare name that make it a place (lowercase, as written)
LOCATIVE_CUES: frozenset[str] = frozenset({
    "di", "ke", "dari", "asal", "wilayah", "kawasan", "daerah", "warga", "menuju",
    "sekitar", "dekat", "kota", "kabupaten", "provinsi", "kecamatan", "desa", "kelurahan",
    "perbatasan", "pesisir", "penduduk", "masyarakat", "wilayahnya", "antara", "hingga",
    "sampai", "tiba", "berangkat", "meninggalkan", "mengunjungi", "kunjungan", "kabupaten/kota",
})  # fmt: skip

#: words before a country name that make it a language or adjective, not a place
LANGUAGE_CUES: frozenset[str] = frozenset({"bahasa", "berbahasa", "orang", "gaya", "ala"})

# ---------------------------------------------------------------------------------
# Facilities: a capitalised trigger followed by capitalised name words is a PLACE.
FACILITY_TRIGGERS: tuple[str, ...] = (
    # streets and transport
    "Jalan", "Jl.", "Jln.", "Jl", "Gang", "Gg.", "Jalan Raya", "Jalan Tol", "Tol",
    "Gerbang Tol", "Simpang", "Bundaran", "Jembatan", "Flyover", "Terminal", "Stasiun",
    "Bandara", "Bandar Udara", "Pelabuhan", "Dermaga", "Rest Area", "Halte", "SPBU",
    # government and public buildings
    "Pendopo", "Pendapa", "Kantor", "Gedung", "Balai Kota", "Balaikota", "Graha", "Wisma",
    "Istana", "Rumah Dinas", "Rumah Jabatan", "Rujab", "Rumdin", "Aula", "Alun-alun",
    "Alun-Alun", "Lapangan", "Stadion", "GOR", "Gelanggang", "Sirkuit", "Monumen", "Tugu",
    "Museum", "Perpustakaan", "Pasar", "Mal", "Mall", "Plaza", "Hotel", "Apartemen",
    "Perumahan", "Kompleks", "Komplek", "Kawasan", "Kampus",
    # police and military headquarters (the building, not the unit)
    "Mapolres", "Mapolresta", "Mapolrestabes", "Mapolda", "Mapolsek", "Makodim", "Makorem",
    "Makodam", "Mako", "Markas",
    # health
    "Rumah Sakit", "RS", "RSU", "RSUD", "RSUP", "RSIA", "RSJ", "RSAB", "RSPAD", "RSPI",
    "Puskesmas", "Klinik",
    # worship
    "Masjid", "Mesjid", "Masjid Agung", "Masjid Raya", "Gereja", "Pura", "Vihara",
    "Klenteng", "Candi",
    # nature
    "Pantai", "Sungai", "Kali", "Gunung", "Danau", "Situ", "Telaga", "Bukit", "Pulau",
    "Selat", "Teluk", "Tanjung", "Laut", "Samudra", "Samudera", "Lembah", "Hutan",
    "Taman", "Taman Nasional", "Kebun Raya", "Cagar Alam", "Geopark", "Curug",
    "Air Terjun", "Goa", "Gua", "Muara", "Waduk", "Bendungan", "Embung", "Bendung",
    "Perairan",
)  # fmt: skip

#: first words of place and body names that are often a person's name after them
#: (``Jalan Ahmad Yani``, ``PT Chandra Asri``, ``Universitas Gadjah Mada``): a person
#: the article names does not cut such a name (the resolver's ``names_out_of_spans``)
NAMED_AFTER_PEOPLE: frozenset[str] = frozenset({
    "Jalan", "Jl.", "Jln.", "Jl", "Gang", "Gg.", "Bandara", "Bandar", "Stadion", "Gedung",
    "Graha", "Wisma", "Museum", "Monumen", "Tugu", "Makam", "Masjid", "Mesjid", "Rumah",
    "RS", "RSU", "RSUD", "RSUP", "Lapangan", "Pelabuhan", "Kampus", "GOR", "Taman",
    "Perpustakaan", "Universitas", "Institut", "Sekolah", "Yayasan", "Pondok", "Ponpes",
    "Pesantren", "Madrasah", "Akademi", "Politeknik", "Kapal", "KRI", "KM", "Hall",
    "Auditorium", "Aula", "Balai", "Pusat", "Lembaga", "Piala", "Anugerah", "Penghargaan",
    # companies and shops (``PT Chandra Asri``)
    "PT", "PT.", "CV", "CV.", "UD", "Toko", "Bank", "Grup", "Group",
})  # fmt: skip

#: triggers whose phrases are often generic or organisations (``Kantor Imigrasi``):
#: proposed below the certainty line, so they only fill gaps
FACILITY_LOW_SCORE: frozenset[str] = frozenset({
    "Kantor", "Kawasan", "Kali", "Laut", "Perairan", "Tanjung", "Plaza", "Markas", "Mako",
    "Kampus",
})  # fmt: skip

#: trigger -> first name words that make the phrase something other than a place
FACILITY_NOT_NAMES: dict[str, frozenset[str]] = {
    "Perumahan": frozenset({"Rakyat"}),
    # BMKG stations and broadcasters are organisations
    "Stasiun": frozenset({"Meteorologi", "Klimatologi", "Geofisika", "Karantina", "Radio", "Televisi", "TV"}),
    "Pasar": frozenset({"Modal", "Saham", "Uang", "Global", "Bebas", "Murah", "Keuangan", "Domestik", "Tradisional"}),
    "Lapangan": frozenset({"Kerja", "Pekerjaan", "Usaha"}),
    "Taman": frozenset({"Kanak", "Kanak-kanak", "Kanak-Kanak", "Pendidikan", "Bacaan"}),
    "Kantor": frozenset({
        "Staf", "Berita", "Wilayah", "Perwakilan", "Cabang", "Akuntan", "Notaris", "Kas",
    }),
    "Jalan": frozenset({"Tengah", "Keluar", "Pintas"}),
    "Kawasan": frozenset({"Ekonomi"}),
    "Gunung": frozenset({"Es"}),
    "Kali": frozenset({"Ini", "Pertama", "Kedua", "Ketiga", "Terakhir"}),
    "Hotel": frozenset({"Bintang"}),
}  # fmt: skip

#: lowercase words allowed inside a facility name when a capitalised word follows
NAME_CONNECTORS: frozenset[str] = frozenset({
    "de", "van", "der", "bin", "binti", "al", "el", "dr.", "dr", "la",
})  # fmt: skip

#: capitalised words that end a facility name (a date or an office title after it)
NAME_STOP_WORDS: frozenset[str] = frozenset({
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu", "Ahad",
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
    "September", "Oktober", "November", "Desember", "Pukul", "Tahun", "Pada", "Sejak",
    "Bupati", "Wakil", "Walikota", "Kepala", "Ketua", "Menteri", "Presiden", "Kapolres",
    "Kapolda", "Kapolsek", "Camat", "Lurah", "Sekda", "Dandim", "Danrem", "Pangdam",
    "Pak", "Bu", "Bapak", "Ibu", "Kak", "Mas", "Mbak", "Bang", "Saudara", "Tersangka",
    "Pj", "Pj.", "Plt", "Plt.", "Yang", "Ini", "Itu", "Dengan", "Untuk", "Oleh",
    "Dan", "Atau", "Di", "Ke", "Dari", "WIB", "WITA", "WIT", "No", "No.", "Nomor", "Km",
})  # fmt: skip

#: titles of persons: a trigger word right after one is part of a person's name
#: (``Sunan Gunung Jati``, ``Syekh Kuala``), not a facility
PERSON_TITLES_BEFORE_TRIGGER: frozenset[str] = frozenset({
    "Sunan", "Syekh", "Sultan", "Pangeran", "Ki", "Nyi", "Mbah", "Raden", "Tuan", "Sri",
    "Datuk", "Teuku", "Cut", "Tengku", "Andi", "Daeng", "Puang", "Prabu", "Ratu", "Empu",
})  # fmt: skip

#: titles that may follow a building trigger directly (``Pendopo Gubernur Banten``,
#: ``Kantor Bupati Karawang``, ``Rumah Dinas Wali Kota Bogor``)
TITLES_IN_BUILDING_NAMES: frozenset[str] = frozenset({
    "Gubernur", "Bupati", "Wali", "Walikota", "Camat", "Lurah", "Kepala", "Wakil", "DPRD",
    "Presiden", "Wapres", "Wakil Presiden", "Negara", "Desa", "Kecamatan", "Kelurahan",
})  # fmt: skip

# ---------------------------------------------------------------------------------
# Named places that are not regions.

#: well-known complexes and landmarks, usually written bare or by acronym
LANDMARKS: tuple[str, ...] = (
    "KP3B", "GBK", "SUGBK", "JIS", "Monas", "TMII", "JIExpo", "JCC", "IKN", "PIK",
    "Ibu Kota Nusantara", "Kawasan Inti Pusat Pemerintahan", "Gelora Bung Karno",
    "Taman Mini Indonesia Indah", "Jakarta International Stadium",
    "Malioboro", "Borobudur", "Prambanan", "Mandalika", "Ancol", "Bundaran HI",
    "Kota Tua", "Senayan", "Kuta", "Ubud", "Nusa Dua", "Labuan Bajo", "Raja Ampat",
    "Bromo", "Danau Toba", "Bunaken", "Wakatobi", "Gedung Sate", "Jam Gadang",
    "Pantai Indah Kapuk", "Soetta", "Kualanamu", "Ngurah Rai",
    # towns that are not regions of their own
    "Purwokerto", "Cikarang", "Bintaro", "Cibubur", "Sangatta", "Tenggarong", "Sengkang",
)  # fmt: skip

#: countries, Indonesian spellings (``negara`` level)
COUNTRIES: tuple[str, ...] = (
    "Indonesia", "Malaysia", "Singapura", "Thailand", "Filipina", "Vietnam", "Kamboja",
    "Laos", "Myanmar", "Brunei", "Brunei Darussalam", "Timor Leste", "Timor-Leste",
    "Tiongkok", "China", "Cina", "RRT", "Jepang", "Korea Selatan", "Korea Utara", "Korsel",
    "Korut", "Korea", "Taiwan", "Hong Kong", "Makau", "Mongolia", "India", "Pakistan",
    "Bangladesh", "Sri Lanka", "Nepal", "Afghanistan", "Afganistan", "Iran", "Irak",
    "Suriah", "Turki", "Arab Saudi", "Saudi Arabia", "Uni Emirat Arab", "UEA", "Qatar",
    "Kuwait", "Bahrain", "Oman", "Yaman", "Yordania", "Lebanon", "Israel", "Palestina",
    "Mesir", "Libya", "Tunisia", "Aljazair", "Maroko", "Sudan", "Ethiopia", "Kenya",
    "Nigeria", "Afrika Selatan", "Rusia", "Ukraina", "Belarus", "Polandia", "Jerman",
    "Prancis", "Perancis", "Inggris", "Britania Raya", "Irlandia", "Skotlandia",
    "Belanda", "Belgia", "Swiss", "Austria", "Italia", "Spanyol", "Portugal", "Yunani",
    "Swedia", "Norwegia", "Denmark", "Finlandia", "Ceko", "Hongaria", "Rumania",
    "Serbia", "Kroasia", "Amerika Serikat", "Amerika", "Kanada", "Meksiko", "Brasil",
    "Argentina", "Chili", "Kolombia", "Peru", "Venezuela", "Kuba", "Australia",
    "Selandia Baru", "Papua Nugini", "Fiji", "Vanuatu", "Uzbekistan", "Kazakhstan",
    "Somalia", "Tanzania", "Uganda", "Ghana", "Guinea", "Liberia", "Sierra Leone",
    "Kamerun", "Senegal", "Zimbabwe", "Mozambik", "Madagaskar", "Uni Soviet", 
    "Armenia", "Azerbaijan", "Turkmenistan", "Kirgistan", "Tajikistan", "Slovakia",
    "Slovenia", "Bulgaria", "Lithuania", "Latvia", "Estonia", "Islandia", "Luksemburg",
    "Monako", "Ekuador", "Bolivia", "Paraguay", "Uruguay", "Panama", "Kosta Rika",
    "Jamaika", "Haiti", "Samoa", "Tonga", "Palau", "Nauru", "Maladewa", "Bhutan",
    "Suriname", "Kepulauan Solomon", "Siprus", "Malta",
    # formal names (``Presiden Federasi Rusia``)
    "Federasi Rusia", "Republik Rakyat Tiongkok", "Republik Korea", "Kerajaan Arab Saudi",
)  # fmt: skip

#: countries written as an ALL-CAPS acronym that is also an everyday word
#: (``AS`` = Amerika Serikat): matched only outside ALL-CAPS lines
COUNTRY_ACRONYMS: dict[str, str] = {"AS": "Amerika Serikat", "RI": "Indonesia"}

#: lowercase words before a country acronym that make it the country (``AS`` is
#: otherwise a person's initials or part of ``dolar AS``)
COUNTRY_ACRONYM_CUES: frozenset[str] = frozenset({
    "di", "ke", "dari", "asal", "presiden", "pemerintah", "negara", "kedutaan", "duta",
    "pemerintahan", "antara", "dengan", "warga",
    # the economy and the state (``dolar AS``, as the annotators read it: the country)
    "dolar", "tarif", "sanksi", "militer", "pasukan", "ekonomi", "obligasi", "intelijen",
    "pejabat", "sekutu", "kongres", "senat",
})  # fmt: skip

#: country acronyms that are the country wherever they stand (a headline's ``Ekonomi
#: RI``, ``RI Buka Peluang``), unless a word before makes them a person's initials
#: (``tersangka RI``)
COUNTRY_ACRONYMS_ANYWHERE: frozenset[str] = frozenset({"RI"})

#: major foreign cities, Indonesian spellings (not cities whose bare name usually
#: means a football club or a person in Indonesian news: Liverpool, Milan, Darwin)
FOREIGN_CITIES: tuple[str, ...] = (
    "Kuala Lumpur", "Johor Bahru", "Penang", "Bangkok", "Manila", "Hanoi",
    "Ho Chi Minh", "Phnom Penh", "Yangon", "Bandar Seri Begawan", "Dili", "Beijing",
    "Shanghai", "Guangzhou", "Shenzhen", "Wuhan", "Tokyo", "Osaka", "Kyoto", "Hiroshima",
    "Seoul", "Busan", "Taipei", "New Delhi", "Mumbai", "Karachi", "Dhaka", "Teheran",
    "Baghdad", "Damaskus", "Ankara", "Istanbul", "Riyadh", "Jeddah", "Makkah", "Mekkah",
    "Mekah", "Madinah", "Dubai", "Abu Dhabi", "Doha", "Kairo", "Yerusalem", "Tel Aviv",
    "Gaza", "Moskow", "Kyiv", "Kiev", "London", "Paris", "Berlin", "Amsterdam",
    "Den Haag", "Brussel", "Jenewa", "Wina", "Roma", "Madrid", 
    "Lisbon", "Athena", "Washington", "New York", "Los Angeles", "San Francisco",
    "Chicago", "Ottawa", "Toronto", "Sydney", "Melbourne", "Canberra", "Perth",
    "Brisbane", "Auckland", "Davos", "Vatikan", "Kabul", "Islamabad", "Lahore",
    "Khartoum", "Nairobi", "Addis Ababa", "Johannesburg", "Cape Town", "Lagos", "Beirut",
    "Amman", "Tripoli", "Tunis", "Rabat", "Casablanca", "Sanaa", "Muskat", "Kuwait City",
    "Manama", "Tepi Barat", "Jalur Gaza", "Rafah", "Khan Younis", "Darfur", "Xinjiang",
    "Tibet", "Urumqi", "Macau", "Ho Chi Minh City", "Vientiane", "Kota Kinabalu",
    "Kuching", "Sabah", "Sarawak", "Putrajaya", "Selangor", "Melaka", "Okinawa",
    "Fukushima", "Nagoya", "Sapporo", "Incheon", "Pyongyang",
    "Warsawa", "Praha", "Budapest", "Kopenhagen", "Stockholm", "Oslo", "Helsinki",
    "Dublin", "Edinburgh", "Munich", "Muenchen", "Frankfurt",
    "Hamburg", "Zurich", "Lyon", "Marseille", "Venesia", "Sevilla",
    "Rio de Janeiro", "Sao Paulo", "Buenos Aires",
    "Bogota", "Mexico City", "Havana", "Miami", "Boston", "Seattle", "Houston",
    "Dallas", "Las Vegas", "Vancouver", "Montreal", "Honolulu", "Guam",
    # more of the cities and districts Indonesian news names
    "Delhi", "Kolkata", "Chennai", "Bengaluru", "Bangalore", "Hyderabad", "Colombo",
    "Kathmandu", "Adelaide", "Darwin", "Hobart", "Gold Coast", "Wellington", "Christchurch",
    "Pudong", "Hong Kong", "Chongqing", "Chengdu", "Tianjin", "Hangzhou", "Nanjing",
    "Xiamen", "Kunming", "Qingdao", "Yokohama", "Kobe", "Fukuoka", "Daegu", "Jeju",
    "Cebu", "Davao", "Da Nang", "Chiang Mai", "Phuket", "Pattaya", "Siem Reap", "Mandalay",
    "Naypyidaw", "Langkawi", "Ipoh", "St. Petersburg", "Sankt Peterburg", "Vladivostok",
    "Manchester", "Liverpool", "Birmingham", "Milan", "Milano", "Turin", "Napoli",
    "Barcelona", "Valencia", "Dortmund", "Munchen", "Philadelphia", "Atlanta", "Detroit",
    "Denver", "San Diego", "Orlando", "Almaty", "Astana", "Tashkent", "Baku", "Tbilisi",
    "Minsk", "Bucharest", "Belgrade", "Zagreb", "Alexandria", "Aleppo", "Mosul", "Basra",
    "Isfahan", "Haifa", "Ramallah", "Nablus", "Jenin", "Hebron", "Khan Yunis",
    "Sharm el-Sheikh", "Taif", "Thaif", "Arafah", "Muzdalifah", "Raudhah",
)  # fmt: skip

#: islands and island groups (no code; provinces of the same name win)
ISLANDS: tuple[str, ...] = (
    "Jawa", "Sumatera", "Sumatra", "Kalimantan", "Borneo", "Sulawesi", "Papua", "Bali",
    "Lombok", "Madura", "Flores", "Sumba", "Timor", "Halmahera", "Seram", "Bangka",
    "Belitung", "Natuna", "Bintan", "Batam", "Nusa Tenggara", "Nusa Penida", "Komodo",
    "Nusakambangan", "Sumbawa", "Buton", "Ambon", "Ternate", "Tidore", "Nias", "Simeulue",
    "Weh", "Jawa-Bali", "Jabodetabek", "Jabotabek", "Bodetabek", "Pantura", "Pantai Utara Jawa",
    "Nusantara", "Kepulauan Seribu", "Kepulauan Riau", "Selat Sunda", "Selat Malaka",
    "Laut Jawa", "Laut China Selatan", "Laut Natuna Utara", "Samudra Hindia",
    "Samudera Hindia", "Samudra Pasifik", "Asia", "Eropa", "Afrika", "Asia Tenggara",
    "Timur Tengah", "Amerika Latin", "Eurasia", "Asia Pasifik", "Asia Tengah", "Asia Timur",
    "Asia Selatan", "Amerika Utara", "Amerika Selatan", "Oseania",
    # cultural regions of Java named in election and travel news
    "Tapal Kuda", "Mataraman", "Priangan", "Pasundan", "Parahyangan",
)  # fmt: skip
