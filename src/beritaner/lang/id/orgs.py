"""Words that build organisation names in Indonesian news (ORG, and the organisation
part of an OFFICE).

The ORG grammar in :mod:`beritaner.recognizers.orgs` reads these constants; nothing
here is a regular expression. Groups:

* region-based government bodies (``Pemkab`` + a region),
* heads of descriptive bodies (``Dinas`` + ``Kesehatan`` + a region),
* closed sets: national agencies, ministries (short forms), parties, universities,
  state companies, media, clubs, international bodies,
* generic classes that are never an ORG (``OPD``, ``perangkat daerah``).
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------
# Regions inside organisation names
# --------------------------------------------------------------------------------------

#: Administrative words before a region name (``Kabupaten Bogor``), written form →
#: normalised form. Forms ending in a full stop are matched with or without it.
ADMIN_WORDS: dict[str, str] = {
    "Provinsi": "Provinsi", "Prov": "Provinsi", "Propinsi": "Provinsi",
    "Kabupaten": "Kabupaten", "Kab": "Kabupaten",
    "Kota": "Kota", "Kota Administrasi": "Kota Administrasi",
    "Kecamatan": "Kecamatan", "Kec": "Kecamatan",
    "Kelurahan": "Kelurahan", "Kel": "Kelurahan",
    "Desa": "Desa", "Ds": "Desa", "Nagari": "Nagari", "Gampong": "Gampong",
    "Kampung": "Kampung", "Distrik": "Distrik",
}  # fmt: skip

#: Region abbreviations used in news in place of a province or city name.
REGION_ABBREVIATIONS: dict[str, str] = {
    "Jabar": "Jawa Barat", "Jateng": "Jawa Tengah", "Jatim": "Jawa Timur",
    "DKI": "DKI Jakarta", "DKI Jakarta": "DKI Jakarta", "DIY": "Daerah Istimewa Yogyakarta",
    "Sumut": "Sumatera Utara", "Sumbar": "Sumatera Barat", "Sumsel": "Sumatera Selatan",
    "Kalbar": "Kalimantan Barat", "Kalteng": "Kalimantan Tengah",
    "Kalsel": "Kalimantan Selatan", "Kaltim": "Kalimantan Timur",
    "Kaltara": "Kalimantan Utara", "Sulut": "Sulawesi Utara", "Sulteng": "Sulawesi Tengah",
    "Sulsel": "Sulawesi Selatan", "Sultra": "Sulawesi Tenggara", "Sulbar": "Sulawesi Barat",
    "NTB": "Nusa Tenggara Barat", "NTT": "Nusa Tenggara Timur", "Babel": "Kepulauan Bangka Belitung",
    "Kepri": "Kepulauan Riau", "Malut": "Maluku Utara", "Pabar": "Papua Barat",
    "Jaksel": "Jakarta Selatan", "Jakut": "Jakarta Utara", "Jakbar": "Jakarta Barat",
    "Jaktim": "Jakarta Timur", "Jakpus": "Jakarta Pusat", "Sumut.": "Sumatera Utara",
    "Jogja": "Yogyakarta", "Yogya": "Yogyakarta", "Jakarta": "Jakarta",
    "Lambar": "Lampung Barat", "Lamsel": "Lampung Selatan", "Lamteng": "Lampung Tengah",
    "Lamtim": "Lampung Timur", "Lampura": "Lampung Utara", "Tubaba": "Tulang Bawang Barat",
    "Kukar": "Kutai Kartanegara", "Kutim": "Kutai Timur", "Kubar": "Kutai Barat",
    "Inhu": "Indragiri Hulu", "Inhil": "Indragiri Hilir", "Tapsel": "Tapanuli Selatan",
    "Taput": "Tapanuli Utara", "Bolmong": "Bolaang Mongondow", "Jakarta Raya": "Jakarta",
}  # fmt: skip

#: Words that continue a region name (``Lampung Barat``, ``Jakarta Selatan``,
#: ``Sukabumi Kota``) when the gazetteer does not know the whole name.
REGION_SUFFIXES: frozenset[str] = frozenset({
    "Barat", "Timur", "Utara", "Selatan", "Tengah", "Tenggara", "Barat Daya", "Daya",
    "Raya", "Laut", "Darat", "Hulu", "Hilir", "Pusat", "Baru", "Besar", "Kota",
    "Pegunungan", "Kepulauan",
})  # fmt: skip

#: Words that start a multi-word region name: the next capitalised word belongs to it.
REGION_PREFIXES: frozenset[str] = frozenset({
    "Jawa", "Sumatera", "Sumatra", "Kalimantan", "Sulawesi", "Nusa", "Papua", "Maluku",
    "Bangka", "Kepulauan", "Tanjung", "Bandar", "Tanah", "Pangkal", "Muara", "Labuhan",
    "Pematang", "Daerah", "Metro", "Kota", "Tulang", "Bukit", "Gunung", "Pulau",
    "Kuala", "Teluk", "Lubuk", "Padang", "Batu", "Banda", "Aceh", "Deli", "Serdang",
    "Ogan", "Musi", "Muaro", "Tapanuli", "Kutai", "Penajam", "Hulu", "Pasaman", "Lima",
    "Rejang", "Kepahiang", "Bolaang", "Minahasa", "Pohuwato", "Toli", "Tojo", "Banggai",
    "Sidenreng", "Pangkajene", "Luwu", "Tana", "Kolaka", "Konawe", "Buton", "Muna",
    "Sumba", "Timor", "Manggarai", "Rote", "Halmahera", "Kepulauan Seribu", "Sorong",
    "Raja", "Teluk", "Merauke", "Mamberamo", "Puncak", "Lanny", "Nduga", "Pegunungan",
})  # fmt: skip

#: Country names used as jurisdictions (``Presiden Amerika Serikat``).
COUNTRIES: tuple[str, ...] = (
    "Indonesia", "Republik Indonesia", "RI", "NKRI", "Amerika Serikat", "AS", "Amerika",
    "China", "Tiongkok", "Rusia", "Federasi Rusia", "Republik Rakyat Tiongkok", "Republik Korea",
    "Kerajaan Arab Saudi", "Ukraina", "Jepang", "Korea Selatan", "Korsel",
    "Korea Utara", "Korut", "India", "Pakistan", "Australia", "Selandia Baru", "Inggris",
    "Prancis", "Perancis", "Jerman", "Italia", "Spanyol", "Belanda", "Belgia", "Turki",
    "Iran", "Irak", "Israel", "Palestina", "Mesir", "Arab Saudi", "Saudi Arabia", "Qatar",
    "Uni Emirat Arab", "UEA", "Yordania", "Suriah", "Lebanon", "Yaman", "Malaysia",
    "Singapura", "Thailand", "Vietnam", "Filipina", "Myanmar", "Kamboja", "Laos",
    "Brunei", "Brunei Darussalam", "Timor Leste", "Bangladesh", "Sri Lanka", "Nepal",
    "Afghanistan", "Kanada", "Meksiko", "Brasil", "Argentina", "Venezuela", "Kolombia",
    "Chile", "Peru", "Afrika Selatan", "Nigeria", "Kenya", "Ethiopia", "Maroko",
    "Aljazair", "Tunisia", "Libya", "Sudan", "Swiss", "Swedia", "Norwegia", "Denmark",
    "Finlandia", "Polandia", "Hungaria", "Ceko", "Austria", "Portugal", "Yunani",
    "Taiwan", "Hong Kong", "Papua Nugini", "Korea", "Uni Eropa",
)  # fmt: skip

# --------------------------------------------------------------------------------------
# Government bodies built on a region
# --------------------------------------------------------------------------------------

#: Campaign teams, named after their candidates: ``TPN Ganjar Presiden``, ``Tim
#: Pemenangan Nasional (TPN) Ganjar - Mahfud``, ``TKN Prabowo-Gibran``. The candidates'
#: names belong to the team's name; a bare acronym is the team of the article.
CAMPAIGN_TEAMS: tuple[str, ...] = (
    "Tim Pemenangan Nasional", "Tim Kampanye Nasional", "Tim Pemenangan Daerah",
    "Tim Kampanye Daerah", "Tim Pemenangan", "Tim Kampanye", "TPN", "TKN", "TPD", "TKD",
)

#: Campaign-team acronyms that stand bare for the article's team (``TKD`` and ``TPD`` are
#: also Tes Kompetensi Dasar and more: they need the candidate's name).
CAMPAIGN_BARE_OK: frozenset[str] = frozenset({"TPN", "TKN"})

#: Words after the candidate that close a campaign team's name (``TPN Ganjar Presiden``).
CAMPAIGN_NAME_ENDS: frozenset[str] = frozenset({"Presiden", "Wapres", "Capres", "Cawapres", "Gubernur", "Bupati"})

#: Units of a police station named with it (``Satreskrim Polresta Malang``).
POLICE_STATION_UNITS: tuple[str, ...] = (
    "Satreskrim", "Satlantas", "Satresnarkoba", "Satintelkam", "Satsamapta", "Satbinmas",
    "Sat Reskrim", "Sat Lantas", "Sat Resnarkoba", "Propam", "Sipropam", "Sie Propam",
)

#: Bodies named by a head word and a region: written form → (normalised head, region
#: levels the region part may have, certain without a region?). ``None`` levels: any.
REGIONAL_BODIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Pemerintah Provinsi": ("Pemerintah Provinsi", ("provinsi",)),
    "Pemerintah Kabupaten": ("Pemerintah Kabupaten", ("kabupaten",)),
    "Pemerintah Kota": ("Pemerintah Kota", ("kota",)),
    "Pemerintah Kota Administrasi": ("Pemerintah Kota Administrasi", ("kota",)),
    "Pemerintah Daerah": ("Pemerintah Daerah", ("provinsi", "kabupaten", "kota")),
    "Pemerintah Desa": ("Pemerintah Desa", ("desa",)),
    "Pemerintah Kecamatan": ("Pemerintah Kecamatan", ("kecamatan",)),
    "Pemerintah Aceh": ("Pemerintah Aceh", ()),
    "Pemprov": ("Pemprov", ("provinsi",)), "Pemkab": ("Pemkab", ("kabupaten",)),
    "Pemkot": ("Pemkot", ("kota",)), "Pemko": ("Pemko", ("kota",)), "Pemda": ("Pemda", ("provinsi", "kabupaten", "kota")),
    "Pemdes": ("Pemdes", ("desa",)), "Pemerintah": ("Pemerintah", ("negara",)),
    "DPRD": ("DPRD", ("provinsi", "kabupaten", "kota")),
    "DPRK": ("DPRK", ("kabupaten", "kota")), "DPRA": ("DPRA", ("provinsi",)),
    "DPRP": ("DPRP", ("provinsi",)),
    "Dewan Perwakilan Rakyat Daerah": ("DPRD", ("provinsi", "kabupaten", "kota")),
    "Dewan Perwakilan Rakyat Kabupaten": ("DPRK", ("kabupaten",)),
    "Dewan Perwakilan Rakyat Kota": ("DPRK", ("kota",)),
    "Setda": ("Setda", ("provinsi", "kabupaten", "kota")),
    "Sekretariat Daerah": ("Setda", ("provinsi", "kabupaten", "kota")),
    "Sekretariat DPRD": ("Sekretariat DPRD", ("provinsi", "kabupaten", "kota")),
    "Setwan": ("Setwan", ("provinsi", "kabupaten", "kota")),
    # leadership forums (the regional heads, police, army and prosecutors together)
    "Forkopimda": ("Forkopimda", ("provinsi", "kabupaten", "kota")),
    "Forum Koordinasi Pimpinan Daerah": ("Forkopimda", ("provinsi", "kabupaten", "kota")),
    "Forkopimcam": ("Forkopimcam", ("kecamatan",)),
    "Forum Koordinasi Pimpinan Kecamatan": ("Forkopimcam", ("kecamatan",)),
    # police
    "Polda": ("Polda", ("provinsi",)), "Polres": ("Polres", ("kabupaten", "kota")),
    "Polresta": ("Polresta", ("kabupaten", "kota")),
    "Polrestabes": ("Polrestabes", ("kota",)),
    "Polres Metro": ("Polres Metro", ("kota", "kabupaten")),
    "Polsek": ("Polsek", ("kecamatan",)), "Polsubsektor": ("Polsubsektor", ("kecamatan",)),
    "Kepolisian Daerah": ("Polda", ("provinsi",)),
    "Kepolisian Resor": ("Polres", ("kabupaten", "kota")),
    "Kepolisian Resor Kota": ("Polresta", ("kota",)),
    "Kepolisian Resor Kota Besar": ("Polrestabes", ("kota",)),
    "Kepolisian Sektor": ("Polsek", ("kecamatan",)),
    **{f"{unit} {station}": (f"{unit} {station}", ("kabupaten", "kota"))
       for unit in POLICE_STATION_UNITS for station in ("Polres", "Polresta", "Polrestabes")},
    "Ditreskrimum Polda": ("Ditreskrimum Polda", ("provinsi",)),
    "Ditreskrimsus Polda": ("Ditreskrimsus Polda", ("provinsi",)),
    "Ditresnarkoba Polda": ("Ditresnarkoba Polda", ("provinsi",)),
    "Ditlantas Polda": ("Ditlantas Polda", ("provinsi",)),
    "Bidhumas Polda": ("Bidhumas Polda", ("provinsi",)),
    # the railway's operating areas: Daop 9 Jember, Divre I Sumatera Utara
    "Daop": ("Daop", ("kabupaten", "kota")), "Divre": ("Divre", ("provinsi",)),
    # military
    "Kodam": ("Kodam", ("provinsi",)), "Korem": ("Korem", ()), "Kodim": ("Kodim", ()),
    "Lanal": ("Lanal", ()), "Lanud": ("Lanud", ()),
    "Lantamal": ("Lantamal", ()), "Yonif": ("Yonif", ()), "Kodaeral": ("Kodaeral", ()),
    # prosecutors and courts
    "Kejati": ("Kejati", ("provinsi",)), "Kejari": ("Kejari", ("kabupaten", "kota")),
    "Kejaksaan Tinggi": ("Kejati", ("provinsi",)),
    "Kejaksaan Negeri": ("Kejari", ("kabupaten", "kota")),
    "Kejaksaan": ("Kejaksaan", ("provinsi", "kabupaten", "kota")),  # Kejaksaan Kota Tegal
    "Cabjari": ("Cabjari", ()),
    "Pengadilan Negeri": ("Pengadilan Negeri", ("kabupaten", "kota")),
    "Pengadilan Tinggi": ("Pengadilan Tinggi", ("provinsi", "kota")),
    "Pengadilan Agama": ("Pengadilan Agama", ("kabupaten", "kota")),
    "Pengadilan Tinggi Agama": ("Pengadilan Tinggi Agama", ("provinsi", "kota")),
    "Pengadilan Tata Usaha Negara": ("PTUN", ("kota",)),
    "Pengadilan Militer": ("Pengadilan Militer", ()),
    "Pengadilan Tipikor": ("Pengadilan Tipikor", ("kota",)),
    "Pengadilan Tindak Pidana Korupsi": ("Pengadilan Tipikor", ("kota",)),
    "PN": ("PN", ("kabupaten", "kota")),
    "PTUN": ("PTUN", ("kota",)), "Lapas": ("Lapas", ()), "Rutan": ("Rutan", ()),
    "Bapas": ("Bapas", ()), "LPKA": ("LPKA", ()), "Rumah Tahanan Negara": ("Rutan", ()),
    "Rumah Tahanan": ("Rutan", ()), "Lembaga Pemasyarakatan": ("Lapas", ()),
    "Balai Pemasyarakatan": ("Bapas", ()),
    # regional branches of national bodies
    "KPU": ("KPU", ()), "KPUD": ("KPUD", ()), "Bawaslu": ("Bawaslu", ()),
    "Panwaslu": ("Panwaslu", ()), "BPS": ("BPS", ()), "BNNP": ("BNNP", ("provinsi",)),
    "BNNK": ("BNNK", ("kabupaten", "kota")), "BNN": ("BNN", ()), "BPBD": ("BPBD", ()),
    "Bappeda": ("Bappeda", ()), "Bapenda": ("Bapenda", ()), "Bappenda": ("Bappenda", ()),
    "BPKAD": ("BPKAD", ()), "BKPSDM": ("BKPSDM", ()), "BKD": ("BKD", ()), "BKPP": ("BKPP", ()),
    "Bakesbangpol": ("Bakesbangpol", ()), "Kesbangpol": ("Kesbangpol", ()),
    "Inspektorat": ("Inspektorat", ()), "Satpol PP": ("Satpol PP", ()), "Damkar": ("Damkar", ()),
    "Dinkes": ("Dinkes", ()), "Disdik": ("Disdik", ()), "Disdikbud": ("Disdikbud", ()),
    "Dishub": ("Dishub", ()), "Dinsos": ("Dinsos", ()), "Disnaker": ("Disnaker", ()),
    "Disnakertrans": ("Disnakertrans", ()), "Diskominfo": ("Diskominfo", ()),
    "Diskominfotik": ("Diskominfotik", ()), "Diskominfosantik": ("Diskominfosantik", ()),
    "Disdukcapil": ("Disdukcapil", ()), "Dukcapil": ("Dukcapil", ()),
    "Disperindag": ("Disperindag", ()), "Disparbud": ("Disparbud", ()),
    "Dispar": ("Dispar", ()), "Disbudpar": ("Disbudpar", ()), "Dispora": ("Dispora", ()),
    "Distan": ("Distan", ()), "Disperkim": ("Disperkim", ()), "DLH": ("DLH", ()),
    "DPUPR": ("DPUPR", ()), "Dinas PUPR": ("Dinas PUPR", ()), "DPMPTSP": ("DPMPTSP", ()),
    "DP3A": ("DP3A", ()), "DP3AKB": ("DP3AKB", ()), "DPMD": ("DPMD", ()),
    "Dispendukcapil": ("Dispendukcapil", ()), "Disperkimtan": ("Disperkimtan", ()),
    "Diskoperindag": ("Diskoperindag", ()), "Diskanlut": ("Diskanlut", ()),
    "DKP": ("DKP", ()), "Disbun": ("Disbun", ()), "Disnak": ("Disnak", ()),
    "Dinas PU": ("Dinas PU", ()), "PDAM": ("PDAM", ()),
    # hospitals are PLACEs; they are read only as the organisation of an office
    "RSUD": ("RSUD", ("kabupaten", "kota", "kecamatan")), "RSUP": ("RSUP", ()),
    "Rumah Sakit Umum Daerah": ("RSUD", ("kabupaten", "kota", "kecamatan")),
    "Puskesmas": ("Puskesmas", ("kecamatan", "kabupaten", "kota")),
    "Kantor Kementerian Agama": ("Kemenag", ("provinsi", "kabupaten", "kota")),
    "Kantor Kemenag": ("Kemenag", ("provinsi", "kabupaten", "kota")),
    "Koramil": ("Koramil", ("kecamatan",)),
    "Perumda": ("Perumda", ()), "Kemenag": ("Kemenag", ("provinsi", "kabupaten", "kota")),
    "Kanwil Kemenag": ("Kanwil Kemenag", ("provinsi",)),
    "Kanwil Kemenkumham": ("Kanwil Kemenkumham", ("provinsi",)),
    "Kanwil Kemenkum": ("Kanwil Kemenkum", ("provinsi",)),
    "Kanwil DJP": ("Kanwil DJP", ()), "Kanwil BPN": ("Kanwil BPN", ("provinsi",)),
    "Kantah": ("Kantah", ()), "Kantor Pertanahan": ("Kantor Pertanahan", ()),
    "Kantor SAR": ("Kantor SAR", ()), "Basarnas": ("Basarnas", ()),
    "BMKG": ("BMKG", ()), "Stasiun Meteorologi": ("Stasiun Meteorologi", ()),
    "Stasiun Klimatologi": ("Stasiun Klimatologi", ()), "Balai Besar": ("Balai Besar", ()),
    "BBWS": ("BBWS", ()), "BPJN": ("BPJN", ()), "BPJS Kesehatan": ("BPJS Kesehatan", ()),
    "BPJS Ketenagakerjaan": ("BPJS Ketenagakerjaan", ()),
    "MUI": ("MUI", ()), "Baznas": ("Baznas", ()), "KONI": ("KONI", ()), "PWI": ("PWI", ()),
    "Kadin": ("Kadin", ()), "HIPMI": ("HIPMI", ()), "IDI": ("IDI", ()), "PGRI": ("PGRI", ()),
    "Dekranasda": ("Dekranasda", ()), "TP PKK": ("TP PKK", ()), "PKK": ("PKK", ()),
    "PCNU": ("PCNU", ()), "PWNU": ("PWNU", ()), "PDM": ("PDM", ()), "PWM": ("PWM", ()),
    "Bulog": ("Bulog", ()), "OJK": ("OJK", ()), "BI": ("BI", ()), "Bank Indonesia": ("Bank Indonesia", ()),
    "Perwakilan Bank Indonesia": ("Perwakilan Bank Indonesia", ()),
    "KPw BI": ("KPw BI", ()), "Perwakilan BI": ("Perwakilan BI", ()),
    "Kantor Perwakilan BI": ("Kantor Perwakilan BI", ()), "Otoritas Jasa Keuangan": ("OJK", ()),
    "Badan Pusat Statistik": ("BPS", ()), "Ombudsman": ("Ombudsman", ()),
    "Pelindo": ("Pelindo", ()), "BKSDA": ("BKSDA", ()), "BPOM": ("BPOM", ()), "BBPOM": ("BBPOM", ()),
    "Balai Besar POM": ("BBPOM", ()), "KPP Pratama": ("KPP Pratama", ()),
    "Bea Cukai": ("Bea Cukai", ()), "KPPBC": ("KPPBC", ()), "Imigrasi": ("Imigrasi", ()),
    "Kantor Imigrasi": ("Kantor Imigrasi", ()), "BP3MI": ("BP3MI", ()),
    "Brimob": ("Brimob", ()), "Satbrimob": ("Satbrimob", ()), "Polairud": ("Polairud", ()),
}  # fmt: skip

#: Bodies above whose bare, capitalised mention means one specific body in the
#: article (ANNOTATION.md: ``DPRD``, ``Pemkab``, ``Pemerintah Provinsi``).
BARE_BODY_OK: frozenset[str] = frozenset({
    "Pemerintah Provinsi", "Pemerintah Kabupaten", "Pemerintah Kota", "Pemprov", "Pemkab",
    "Pemkot", "DPRD", "DPRK", "DPRA", "Polda", "Polres", "Polresta", "Polrestabes", "Polsek",
    "Kejati", "Kejari", "Kejaksaan", "Kodam", "Korem", "Kodim", "Pemdes", "Setda", "Bappeda", "Bapenda",
    "BPBD", "Inspektorat", "Satpol PP", "Dinkes", "Disdik", "Dishub", "Dinsos", "Diskominfo",
    "Disdukcapil", "DLH", "DPUPR", "Dinas PUPR", "KPU", "Bawaslu", "BPS", "BNN", "Basarnas",
    "BMKG", "OJK", "BI", "Bank Indonesia", "MUI", "Baznas", "KONI", "Kadin", "Bulog", "PDAM",
    "Ombudsman", "BPOM", "Brimob", "Damkar", "Imigrasi", "Bea Cukai", "BPJS Kesehatan",
    "BPJS Ketenagakerjaan", "Disnaker", "Disperindag", "BKPSDM", "BKD", "Kemenag",
    "Dekranasda", "Pelindo", "BKSDA", "Kesbangpol", "Bakesbangpol", "Forkopimda",
    "Forkopimcam",
})  # fmt: skip

# --------------------------------------------------------------------------------------
# Descriptive bodies: a head word, then capitalised common words, then a region
# --------------------------------------------------------------------------------------

#: Units numbered before the region they serve: ``Daop 9 Jember``, ``Divre I Sumut``
NUMBERED_AREA_UNITS: frozenset[str] = frozenset({"Daop", "Divre"})

#: A body's numbered area, written after its name (``BBMKG Wilayah II Tangerang Selatan``,
#: ``Pelindo Regional 3``): part of the body, with the region after it.
NUMBERED_AREA_WORDS: frozenset[str] = frozenset({"Wilayah", "Regional", "Region", "Area", "Zona"})

#: The same units written out: ``PT Kereta Api Indonesia Daerah Operasi 9 Jember``.
NUMBERED_AREA_LONG_FORMS: frozenset[str] = frozenset({"Daerah Operasi", "Divisi Regional"})

#: Heads of a state's bodies, whose country may follow their name (``Kementerian Luar
#: Negeri Rusia``, ``Departemen Keuangan Amerika Serikat (AS)``, ``Kementerian
#: Perdagangan Indonesia``)
NATIONAL_BODY_HEADS: frozenset[str] = frozenset({
    "Kementerian", "Kementrian", "Departemen", "Kedutaan Besar", "Konsulat Jenderal",
})

#: Head words of bodies named by description (``Dinas Kesehatan``, ``Badan Pusat
#: Statistik``). The words after the head are capitalised common nouns.
DESCRIPTIVE_HEADS: tuple[str, ...] = (
    "Dinas", "Badan", "Kementerian", "Kementrian", "Kemenko", "Departemen", "Kedutaan Besar",
    "Konsulat Jenderal",
    "Direktorat Jenderal", "Direktorat", "Ditjen", "Lembaga", "Komisi", "Dewan", "Majelis",
    "Mahkamah", "Biro", "Bagian", "Bidang", "Seksi", "Sub Bagian", "Subbagian", "Balai",
    "Balai Besar", "Pusat", "Sekretariat", "Sekretariat Jenderal", "Inspektorat Jenderal",
    "Inspektorat", "Satuan", "Satuan Tugas", "Satgas", "Unit", "Otoritas", "Kepolisian",
    "Kejaksaan", "Komando", "Kantor Wilayah", "Kanwil", "Perusahaan Umum Daerah",
    "Perusahaan Daerah", "Perusahaan Umum", "Perum", "Tim", "Tim Penggerak", "Panitia",
    "Gugus Tugas", "Korps", "Fraksi", "Kantor Staf", "Yayasan", "Lembaga Bantuan Hukum",
    "Palang Merah", "Taruna", "Komite", "Konsorsium", "Koperasi",
    "Induk Koperasi", "Gerakan", "Stasiun", "Kantor Perwakilan", "Kantor Wilayah", "Barisan", "Pemuda", "Pengurus Besar", "Pengurus Pusat",
    "Pengurus Wilayah", "Pengurus Cabang", "Dewan Pimpinan Pusat", "Dewan Pimpinan Daerah",
    "Dewan Pimpinan Wilayah", "Dewan Pimpinan Cabang", "Dewan Pengurus", "Komisariat",
    "Laboratorium", "Pusat Penelitian", "UPTD", "UPT", "Organisasi", "Tentara", "Angkatan", "Fakultas",
    "Dewan Perwakilan", "Bank", "Rumah Sakit Bhayangkara",
)  # fmt: skip

#: Capitalised common words of descriptive organisation names (checked together with
#: the nominal pattern pe-/per-/pen-/ke- … -an, which covers most others).
DESCRIPTIVE_WORDS: frozenset[str] = frozenset({
    # fields of government
    "Kesehatan", "Pendidikan", "Kebudayaan", "Sosial", "Pekerjaan", "Umum", "Penataan",
    "Ruang", "Perumahan", "Rakyat", "Kawasan", "Permukiman", "Pertanahan", "Perhubungan",
    "Komunikasi", "Informatika", "Informasi", "Statistik", "Persandian", "Digital",
    "Tenaga", "Kerja", "Transmigrasi", "Koperasi", "Usaha", "Mikro", "Kecil", "Menengah",
    "Perindustrian", "Perdagangan", "Pariwisata", "Ekonomi", "Kreatif", "Pemuda",
    "Olahraga", "Lingkungan", "Hidup", "Kehutanan", "Pertanian", "Perkebunan",
    "Peternakan", "Perikanan", "Kelautan", "Pangan", "Ketahanan", "Tanaman",
    "Hortikultura", "Kependudukan", "Pencatatan", "Sipil", "Pemberdayaan", "Perempuan",
    "Perlindungan", "Anak", "Masyarakat", "Desa", "Kelurahan", "Pengendalian", "Penduduk",
    "Keluarga", "Berencana", "Kearsipan", "Perpustakaan", "Arsip", "Penanaman", "Modal",
    "Pelayanan", "Terpadu", "Satu", "Pintu", "Pemadam", "Kebakaran", "Penyelamatan",
    "Keuangan", "Aset", "Pendapatan", "Pengelolaan", "Kepegawaian", "Pengembangan",
    "Sumber", "Daya", "Manusia", "Aparatur", "Perencanaan", "Pembangunan", "Penelitian",
    "Riset", "Inovasi", "Penanggulangan", "Bencana", "Kesatuan", "Bangsa", "Politik",
    "Daerah", "Nasional", "Pusat", "Regional", "Wilayah", "Provinsi", "Kabupaten",
    "Negara", "Negeri", "Dalam", "Luar", "Agama", "Pertahanan", "Keamanan", "Hukum",
    "Hak", "Asasi", "Imigrasi", "Pemasyarakatan", "Energi", "Mineral", "Pertambangan",
    "Air", "Bersih", "Minum", "Sanitasi", "Jalan", "Jembatan", "Irigasi", "Sungai",
    "Pantai", "Jasa", "Konstruksi", "Bina", "Marga", "Cipta", "Karya", "Tata", "Bangunan",
    "Gedung", "Lalu", "Lintas", "Angkutan", "Darat", "Laut", "Udara", "Perkeretaapian",
    "Pelabuhan", "Bandar", "Meteorologi", "Klimatologi", "Geofisika", "Pencarian",
    "Pertolongan", "Narkotika", "Intelijen", "Siber", "Sandi", "Pemeriksa", "Pengawas",
    "Pengawasan", "Obat", "Makanan", "Jaminan", "Ketenagakerjaan", "Gizi", "Pemilihan",
    "Pemilu", "Penyiaran", "Persaingan", "Penjaminan", "Simpanan", "Anggaran",
    "Kehormatan", "Penyelenggara", "Yudisial", "Konstitusi", "Agung", "Tinggi",
    "Pengadilan", "Militer", "Reserse", "Kriminal", "Khusus", "Narkoba", "Hubungan",
    "Humas", "Reskrim", "Reskrimum", "Reskrimsus", "Resnarkoba", "Lantas", "Intelkam",
    "Binmas", "Samapta", "Sabhara", "Propam", "Polair", "Pidana", "Perdata", "Tata Usaha",
    "Pidsus", "Pidum", "Intel", "Datun", "Operasional", "Ops", "Logistik", "Perlengkapan",
    "Protokol", "Rumah", "Tangga", "Sekretariat", "Administrasi", "Pemerintahan",
    "Kesejahteraan", "Perekonomian", "Infrastruktur", "Kewilayahan", "Otonomi",
    "Organisasi", "Pengadaan", "Barang", "Sarana", "Prasarana", "Teknis", "Teknologi",
    "Ilmu", "Pengetahuan", "Tinggi", "Dasar", "Tertinggal", "Percepatan", "Kemiskinan",
    "Penghubung", "Kerjasama", "Kerja Sama", "Luar Negeri", "Investasi", "Hilirisasi",
    "Pengendalian", "Inflasi", "Gugus", "Tugas", "Siaga", "Sadar", "Wisata", "Pemantau",
    "Pemenangan", "Pemeriksaan", "Audit", "Kepatuhan", "Anti", "Korupsi", "Pemberantasan",
    "Tindak", "Perwakilan", "Permusyawaratan", "Pimpinan", "Pengurus", "Harian",
    "Kehutanan", "Konservasi", "Alam", "Sumberdaya", "Geologi", "Vulkanologi", "Mitigasi",
    "Jenderal", "Perbendaharaan", "Pajak", "Cukai", "Bea", "Kekayaan", "Lelang",
    "Anggaran", "Fiskal", "Moneter", "Sistem", "Pembayaran", "Perbankan", "Syariah",
    "Pasar", "Modal", "Asuransi", "Pensiun", "Ibu", "Kota", "Otorita", "Nusantara",
    "Batas", "Perbatasan", "Pengelola", "Pengembang", "Kegiatan", "Program", "Strategis",
    "Terorisme", "Penanggulangan", "Pengamanan", "Objek", "Vital", "Lembaga", "Komisi",
    "Dewan", "Eksekutif", "Legislatif", "Kerukunan", "Umat", "Beragama", "Haji", "Umrah",
    # a party's or a body's councils: Dewan Pembina PSI, Dewan Pakar, Majelis Syuro
    "Pembina", "Pakar", "Penasihat", "Kehormatan", "Pengarah", "Syuro", "Pertimbangan",
    "Zakat", "Wakaf", "Islam", "Bimbingan", "Penerangan", "Madrasah", "Guru", "Tenaga",
    "Kependidikan", "Vokasi", "Pelatihan", "Latihan", "Produktivitas", "Penempatan",
    "Pekerja", "Migran", "Kemahasiswaan", "Akademik", "Fakultas", "Sains", "Kedokteran",
    "Ekonomi", "Bisnis", "Teknik", "Matematika", "Alam", "Budaya", "Sastra", "Ilmu Sosial",
    "Anggota", "Kecamatan", "Satuan", "Polisi", "Pamong", "Praja", "Ketertiban",
    "Ketenteraman", "Linmas", "Rehabilitasi", "Rekonstruksi", "Logistik", "Darurat",
    "Kedaruratan", "Kesiapsiagaan", "Pencegahan", "Penindakan", "Penegakan", "Perkara",
    "Bantuan", "Lingkungan Hidup", "Kebersihan", "Pertamanan", "Pemakaman", "Penerangan",
    "Pendidikan Dasar", "Menengah", "Dasar", "Pemuda", "Sekolah", "Paud", "Nonformal",
    "Pengairan", "Sumber Daya Air", "Kesbangpol", "Bappeda", "Prestasi", "Pembinaan",
    "Kepemudaan", "Industri", "Kelembagaan", "Pemasaran", "Ekspor", "Impor", "Rakyat", "Raya", "Persatuan", "Indonesia", "Republik", "Bidang", "Proyek",
    "Sampah", "Limbah", "Parkir", "Retribusi", "Pasar", "Terminal", "Tol", "Kereta", "Api",
    "Kapal", "Bandara", "Pos", "Telekomunikasi", "Tambang", "Hutan", "Kebun", "Ikan",
    "Ternak", "Hewan", "Kesehatan Hewan", "Klinik", "Perawat", "Bidan", "Siswa", "Mahasiswa",
    "Kampus", "Masjid", "Nikah", "Perkawinan", "Remaja", "Lansia", "Disabilitas", "Miskin",
    "Fakir", "Subsidi", "Saham", "Kredit", "Dagang", "Pabrik", "Produk", "Mutu", "Standar",
    "Metrologi", "Perizinan", "Izin", "Seni", "Kesenian", "Wisata", "Transportasi",
    "Keselamatan", "Jaringan", "Data", "Statistik", "Arsip", "Sejarah", "Museum", "Cagar",
    "Purbakala", "Benda", "Bahasa", "Sastra", "Kajian", "Studi", "Strategi", "Kebijakan",
    "Kerja Sama", "Protokol", "Pimpinan", "Umum", "Khusus", "Kawasan", "Ekonomi", "Khusus",
    "Perbatasan", "Penyuluhan", "Penyuluh", "Pertanian", "Pengembangan", "Pengkajian",
    "Penjaminan", "Mutu", "Pendidikan", "Vokasi", "Kejuruan", "Kesejahteraan", "Rakyat",
    "Penkum", "Dunia", "Presiden", "Pencari", "Fakta", "Milik", "Pengatur", "Hilir", "Hulu", "Kehutanan", "Pertimbangan", "Batubara", "Minyak", "Gas", "Bumi", "Listrik", "Tipikor", "Tipidkor", "Tipidter", "Jatanras", "Resmob", "PPA", "Krimum",
    "Krimsus", "Gakkum", "Penmas", "Humas", "Akademik", "Kemahasiswaan", "Umum", "Keuangan",
    "Koordinator", "Kemaritiman", "Maritim", "Pembangunan Manusia",
})  # fmt: skip

#: Connectors allowed inside a descriptive name when a capitalised word follows.
NAME_CONNECTORS: frozenset[str] = frozenset({"dan", "&", ",", "serta", "/", "-"})

# --------------------------------------------------------------------------------------
# Bodies whose names are proper nouns: a head word, then capitalised words
# --------------------------------------------------------------------------------------

#: Head words of proper-named bodies (``Universitas Gadjah Mada``, ``PT Kereta Api``).
NAMED_HEADS: tuple[str, ...] = (
    "Universitas", "Univ", "Institut", "Politeknik", "Poltek", "Sekolah Tinggi",
    "Akademi", "Universitas Islam Negeri", "UIN", "IAIN", "STAIN", "STIE", "STIKES",
    "Stikes", "STIKOM", "STMIK", "STIKIP", "STKIP", "Universitas Negeri",
    "Universitas Muhammadiyah", "Universitas Islam", "Universitas Terbuka",
    "Pondok Pesantren", "Ponpes", "Pesantren", "Yayasan", "Asosiasi", "Ikatan", "Persatuan",
    "Perhimpunan", "Himpunan", "Gabungan", "Serikat", "Forum", "Paguyuban", "Koalisi", "PT", "PT.", "CV", "CV.", "Perum",
    "Perumda", "PD", "UD", "Koperasi", "KSP", "Bank", "Klub",
    "Lembaga Swadaya Masyarakat", "Komunitas",
    # a state company's full legal form before its name (SK of the BUMN ministry)
    "Perusahaan Perseroan (Persero) PT", "Perusahaan Perseroan (Persero)",
)  # fmt: skip

#: Words after which a company's or university's name is complete unless a legal suffix
#: follows (``PT Sampoerna Gold Indonesia`` + a person's name).
NAME_END_WORDS: frozenset[str] = frozenset({
    "Indonesia", "Nusantara", "Internasional", "International", "Group", "Grup", "Corporation",
    "Corp", "Ltd", "Limited", "Inc", "Holding", "Holdings", "Tbk", "Sejahtera", "Mandiri",
    "Persada", "Perkasa", "Abadi", "Utama", "Makmur", "Sentosa",
})  # fmt: skip

#: Words that end a company name (``PT Kereta Api Indonesia (Persero)``,
#: ``PT Bank Rakyat Indonesia Tbk``).
COMPANY_SUFFIXES: tuple[str, ...] = ("(Persero)", "(Persero) Tbk", "Tbk", "Tbk.", "(Perseroda)")

#: Last words of bodies named in English (``Eurasian Economic Union``, ``International
#: Energy Agency``, ``Indonesia Corruption Watch``): the capitalised words before one of
#: these name a body. (Not ``Center``: a ``Convention Center`` is a place; not ``Forum``
#: or ``Congress``: mostly events, which ANNOTATION.md does not tag.)
ENGLISH_BODY_HEADS: frozenset[str] = frozenset({
    "Union", "Council", "Association", "Organization", "Organisation", "Agency", "Fund",
    "Institute", "Committee", "Commission", "Federation", "Alliance", "Foundation",
    "Authority", "Board", "Bureau", "Network", "Society", "League",
    "University", "College", "Academy", "Initiative", "Partnership", "Coalition",
    "Movement", "Watch", "Tribunal", "Parliament", "Assembly", "Senate",
    "Secretariat", "Consortium", "Institution", "Company", "Enterprises", "Industries",
    "Laboratory", "Programme", "Reserve", "Exchange", "Court", "School",
})  # fmt: skip

#: Heads that open an English body's name before ``for``/``of``: ``Institute for
#: Essential Services Reform``, ``Center for Strategic and International Studies`` (a
#: ``Center`` that closes a name is a venue: ``Jakarta Convention Center``)
ENGLISH_LEADING_HEADS: frozenset[str] = frozenset({
    "Institute", "Center", "Centre", "Council", "Association", "Federation", "Organization",
    "Organisation", "Agency", "Commission", "Committee", "Foundation", "Bureau", "Society",
    "League", "University", "College", "Academy", "School", "Union", "Board", "Court",
})  # fmt: skip
#: lowercase words inside such a name (``World Organization for Animal Health``)
ENGLISH_NAME_CONNECTORS: frozenset[str] = frozenset({"of", "for", "and", "the", "on", "&"})

#: Legal forms that close a foreign company's name (``TikTok Nusantara Pte Ltd``,
#: ``Chandra Maritime International Pte. Ltd``): whatever capitalised words come before
#: them name a company. (A last full stop is left out: it may end the sentence.)
FOREIGN_COMPANY_SUFFIXES: tuple[str, ...] = (
    "Pte Ltd", "Pte. Ltd", "Sdn Bhd", "Sdn. Bhd", "Pty Ltd", "Pty. Ltd", "Co., Ltd", "Co. Ltd",
    "Co Ltd", "Ltd", "Limited", "Inc", "LLC", "GmbH", "B.V", "N.V", "PLC", "Plc", "Corp",
    "Corporation",
)  # fmt: skip

#: School heads: ``SMA Negeri 1 Bogor``, ``SMPN 2 Cibinong``, ``SDN Sukamaju 1``.
SCHOOL_HEADS: tuple[str, ...] = (
    "SMA Negeri", "SMA Swasta", "SMP Negeri", "SMK Negeri", "SD Negeri", "SMA", "SMP",
    "SMK", "SD", "SMAN", "SMPN", "SMKN", "SDN", "MAN", "MTsN", "MTs Negeri", "MTs", "MIN",
    "MI", "MA Negeri", "SLB", "SLB Negeri", "SMA IT", "SMP IT", "SD IT", "SDIT", "SMPIT",
    "SMAIT", "TK", "TK Negeri", "PAUD", "Madrasah Aliyah Negeri", "Madrasah Tsanawiyah Negeri",
    "Madrasah Ibtidaiyah Negeri", "Sekolah Dasar Negeri", "Sekolah Menengah Atas Negeri",
    "Sekolah Menengah Pertama Negeri", "Sekolah Menengah Kejuruan Negeri",
)  # fmt: skip

# --------------------------------------------------------------------------------------
# Closed sets: name → score (1.0 kept for unambiguous names; lower for doubtful ones)
# --------------------------------------------------------------------------------------

#: National bodies, agencies, commissions and the armed forces/police.
NATIONAL_BODIES: dict[str, float] = {
    "KPK": 0.95, "Komisi Pemberantasan Korupsi": 0.95, "BPK": 0.92,
    "Badan Pemeriksa Keuangan": 0.95, "BPKP": 0.95, "BPS": 0.93, "Badan Pusat Statistik": 0.95,
    "BI": 0.88, "Bank Indonesia": 0.95, "OJK": 0.95, "Otoritas Jasa Keuangan": 0.95,
    "LPS": 0.9, "Lembaga Penjamin Simpanan": 0.95, "BMKG": 0.95,
    "Badan Meteorologi, Klimatologi, dan Geofisika": 0.95,
    "Badan Meteorologi Klimatologi dan Geofisika": 0.95, "Basarnas": 0.95,
    "Badan SAR Nasional": 0.95, "Badan Nasional Pencarian dan Pertolongan": 0.95,
    "BNPB": 0.95, "Badan Nasional Penanggulangan Bencana": 0.95, "TNI": 0.93,
    "TNI AD": 0.95, "TNI AL": 0.95, "TNI AU": 0.95, "Polri": 0.95,
    "TNI-Polri": 0.93, "TNI/Polri": 0.93,  # joint forces: one ORG (A-B of two bodies)
    "Kepolisian Negara Republik Indonesia": 0.95, "Mabes Polri": 0.95, "Bareskrim": 0.93,
    "Bareskrim Polri": 0.95, "Densus 88": 0.95, "Korlantas Polri": 0.95, "Korlantas": 0.93,
    "Propam Polri": 0.95, "Divisi Humas Polri": 0.95, "Div Humas Polri": 0.95,
    "Baharkam Polri": 0.95, "Kopassus": 0.95, "Kostrad": 0.95, "Marinir": 0.9,
    "Paspampres": 0.95, "Puspom TNI": 0.95, "Mabes TNI": 0.95,
    "KPU": 0.93, "Komisi Pemilihan Umum": 0.95, "Bawaslu": 0.95,
    "Badan Pengawas Pemilihan Umum": 0.95, "DKPP": 0.95, "DPR": 0.92, "DPR RI": 0.95,
    "Dewan Perwakilan Rakyat": 0.95, "MPR": 0.92, "MPR RI": 0.95,
    "Majelis Permusyawaratan Rakyat": 0.95, "DPD RI": 0.95, "Dewan Perwakilan Daerah": 0.95,
    "Mahkamah Agung": 0.95, "MA": 0.8, "Mahkamah Konstitusi": 0.95, "MK": 0.85,
    "Komisi Yudisial": 0.95, "KY": 0.85, "Kejaksaan Agung": 0.95, "Kejagung": 0.95,
    "Kejaksaan RI": 0.95, "BNN": 0.93, "Badan Narkotika Nasional": 0.95, "BIN": 0.9,
    "Badan Intelijen Negara": 0.95, "BNPT": 0.95, "BSSN": 0.95, "BRIN": 0.95,
    "Badan Riset dan Inovasi Nasional": 0.95, "BKN": 0.93, "Badan Kepegawaian Negara": 0.95,
    "LKPP": 0.95, "Bappenas": 0.95, "BKPM": 0.95, "BPOM": 0.95,
    "Badan Pengawas Obat dan Makanan": 0.95, "BPJS Kesehatan": 0.95,
    "BPJS Ketenagakerjaan": 0.95, "BPJS": 0.88, "Bulog": 0.95, "Perum Bulog": 0.95,
    "Bapanas": 0.95, "Badan Pangan Nasional": 0.95, "BGN": 0.93, "Badan Gizi Nasional": 0.95,
    "Danantara": 0.95, "BPI Danantara": 0.95, "Komnas HAM": 0.95, "KPAI": 0.95,
    "Komnas Perempuan": 0.95, "LPSK": 0.95, "PPATK": 0.95, "Ombudsman RI": 0.95,
    "Ombudsman": 0.9, "KPPU": 0.95, "KPI": 0.9, "Komisi Informasi": 0.9, "BPH Migas": 0.95,
    "SKK Migas": 0.95, "Bakamla": 0.95, "Lemhannas": 0.95, "Wantimpres": 0.95,
    "Kantor Staf Presiden": 0.95, "KSP": 0.85, "Setneg": 0.93, "Kemensetneg": 0.95,
    "Setkab": 0.93, "Sekretariat Kabinet": 0.95, "Sekretariat Negara": 0.95,
"BP2MI": 0.95, "KP2MI": 0.95, "BPN": 0.9,
    "Badan Pertanahan Nasional": 0.95, "ATR/BPN": 0.93, "Badan Otorita IKN": 0.95,
    "Otorita IKN": 0.95, "OIKN": 0.95, "BPIP": 0.95, "BAZNAS": 0.95, "Baznas": 0.95,
    "MUI": 0.95, "Majelis Ulama Indonesia": 0.95, "PBNU": 0.95, "Nahdlatul Ulama": 0.95,
    "NU": 0.85, "Muhammadiyah": 0.93, "PP Muhammadiyah": 0.95, "Palang Merah Indonesia": 0.95,
    "KONI": 0.95, "KOI": 0.95, "PSSI": 0.95, "PBSI": 0.95, "Kadin": 0.93,
    "Kadin Indonesia": 0.95, "Apindo": 0.95, "HIPMI": 0.95, "YLKI": 0.95, "IDI": 0.9,
    "PGRI": 0.93, "PWI": 0.93, "AJI": 0.9, "Dewan Pers": 0.95, "Peradi": 0.95,
    "BEI": 0.93, "Bursa Efek Indonesia": 0.95, "KSEI": 0.95, "Basarnas RI": 0.95,
    "Satpol PP": 0.93, "Tagana": 0.9, "Taruna Siaga Bencana": 0.95, "Pramuka": 0.85,
    "Kwarnas": 0.9, "Kwarda": 0.9, "Kwarcab": 0.9, "Dukcapil": 0.9, "Ditjen Pajak": 0.95,
    "DJP": 0.93, "Direktorat Jenderal Pajak": 0.95, "Bea Cukai": 0.93, "DJBC": 0.95,
    "Ditjen Bea dan Cukai": 0.95, "Ditjenpas": 0.95, "Ditjen Imigrasi": 0.95,
    "Korps Brimob": 0.95, "Brimob": 0.9, "Kompolnas": 0.95, "BNN RI": 0.95,
    "BPKH": 0.95, "Jasa Marga": 0.93, "Hutama Karya": 0.93, "Waskita Karya": 0.95,
    "Wijaya Karya": 0.95, "WIKA": 0.9, "Adhi Karya": 0.95, "Angkasa Pura": 0.95,
    "Pelni": 0.93, "ASDP": 0.93, "KAI": 0.93, "KCIC": 0.95, "MRT Jakarta": 0.95,
    "Transjakarta": 0.9, "Pertamina": 0.95, "PLN": 0.95, "Telkom": 0.9, "Telkomsel": 0.93,
    "Indosat": 0.93, "XL Axiata": 0.95, "PGN": 0.93, "Antam": 0.93, "Inalum": 0.95,
    "MIND ID": 0.95, "Freeport": 0.9, "Freeport Indonesia": 0.95, "Garuda Indonesia": 0.95,
    "Lion Air": 0.93, "Citilink": 0.93, "Pindad": 0.95, "PT Pindad": 0.95, "Bio Farma": 0.95,
    "Kimia Farma": 0.95, "Pupuk Indonesia": 0.95, "Semen Indonesia": 0.9, "Krakatau Steel": 0.95,
    "Pos Indonesia": 0.93, "Perhutani": 0.95, "PTPN": 0.93, "ID Food": 0.9, "Jamkrindo": 0.95,
    "Askrindo": 0.95, "Jasa Raharja": 0.95, "Taspen": 0.95, "Asabri": 0.95, "Jiwasraya": 0.95,
    "BRI": 0.93, "Bank Rakyat Indonesia": 0.95, "BNI": 0.93, "Bank Negara Indonesia": 0.95,
    "Bank Mandiri": 0.95, "Mandiri": 0.6, "BTN": 0.93, "Bank Tabungan Negara": 0.95,
    "BSI": 0.9, "Bank Syariah Indonesia": 0.95, "BCA": 0.93, "Bank Central Asia": 0.95,
    "Bank BJB": 0.95, "bank bjb": 0.9, "Bank Jatim": 0.95, "Bank Jateng": 0.95, "Bank DKI": 0.95,
    "Bank Nagari": 0.95, "Bank Kalsel": 0.95, "Bank Sumut": 0.95, "Bank Aceh": 0.95,
    "Bank Lampung": 0.95, "Bank Sulselbar": 0.95, "Bank NTB Syariah": 0.95, "Bank Papua": 0.95,
    "Bank Kalbar": 0.95, "Bank Riau Kepri": 0.95, "Bank Banten": 0.95, "Bank Bengkulu": 0.95,
    "Bank Dunia": 0.95, "Bank Pembangunan Asia": 0.95, "ADB": 0.9, "IMF": 0.95, "PBB": 0.6,
    "Perserikatan Bangsa-Bangsa": 0.95, "WHO": 0.93, "UNESCO": 0.95, "UNICEF": 0.95,
    "UNHCR": 0.95, "FAO": 0.9, "ILO": 0.9, "ASEAN": 0.93, "APEC": 0.9, "OPEC": 0.93,
    "NATO": 0.95, "FIFA": 0.95, "AFC": 0.9, "AFF": 0.9, "IOC": 0.9, "BWF": 0.95,
    "Uni Eropa": 0.9, "Uni Afrika": 0.93, "Uni Ekonomi Eurasia": 0.95, "G7": 0.9, "G20": 0.9,
    "BRICS": 0.93, "BP Batam": 0.95, "Badan Pengusahaan Batam": 0.95, "OKI": 0.85, "Hamas": 0.9, "Hizbullah": 0.9, "Taliban": 0.85,
    "Bank Sentral": 0.6, "The Fed": 0.93, "Federal Reserve": 0.93, "Fed": 0.8, "Google": 0.9,
    "Meta": 0.7, "Microsoft": 0.9, "Apple": 0.8, "Tesla": 0.85, "Gojek": 0.93, "Grab": 0.85,
    "Tokopedia": 0.93, "Shopee": 0.93, "Bukalapak": 0.93, "GoTo": 0.9, "TikTok": 0.85,
    "Tiktok": 0.85, "TikTok Shop": 0.9, "Tiktok Shop": 0.9,
    "Timnas Indonesia": 0.85, "Timnas": 0.7,
    # pollsters and research institutes quoted in political and economic news
    "Indikator Politik Indonesia": 0.95, "Lembaga Survei Indonesia": 0.95, "LSI": 0.9,
    "LSI Denny JA": 0.95, "Poltracking Indonesia": 0.95, "Poltracking": 0.9,
    "Charta Politika": 0.95, "Litbang Kompas": 0.95, "Saiful Mujani Research and Consulting": 0.95,
    "SMRC": 0.93, "Populi Center": 0.95, "CSIS": 0.93, "Indo Barometer": 0.95,
    "Indostrategic": 0.93, "Parameter Politik Indonesia": 0.95, "Lembaga Survei Nasional": 0.95,
    "Rumah Politik Indonesia": 0.95, "INDEF": 0.93, "Indef": 0.9, "CELIOS": 0.9, "Celios": 0.9,
    "Organisasi Papua Merdeka": 0.95, "OPM": 0.93, "Komite Anti Dumping Indonesia": 0.95,
    "KADI": 0.9, "Ikatan Nasional Konsultan Indonesia": 0.95, "INKINDO": 0.93, "Inkindo": 0.9,
    # the coalitions of the 2024 elections
    "Koalisi Indonesia Maju": 0.95, "Koalisi Indonesia Maju Plus": 0.95,
    "Koalisi Perubahan untuk Persatuan": 0.95, "Koalisi Perubahan": 0.9,
    "Koalisi Indonesia Bersatu": 0.95, "Koalisi Indonesia Raya": 0.95,
}  # fmt: skip

#: Airlines and air-traffic bodies flying in Indonesian news (an airline's name looks like
#: a person's or a place's to the model: ``Wings Air``, ``Batik Air``).
AIRLINES: tuple[str, ...] = (
    "Wings Air", "Batik Air", "Lion Air Group", "Lion Group", "Sriwijaya Air", "NAM Air",
    "AirAsia", "Indonesia AirAsia", "AirAsia Indonesia", "Pelita Air", "Super Air Jet",
    "TransNusa", "Susi Air", "Trigana Air", "Garuda Indonesia Group", "Citilink Indonesia",
    "AirNav Indonesia", "AirNav", "Singapore Airlines", "Qatar Airways", "Emirates",
    "Etihad Airways", "Saudia", "Malaysia Airlines", "Scoot", "Jetstar", "Thai Airways",
    "Cathay Pacific", "Japan Airlines", "Korean Air", "Turkish Airlines",
)  # fmt: skip

#: Ministries: written name → portfolio (the part after ``Kementerian``/``Menteri``).
#: The full ``Kementerian`` + portfolio form is built by the grammar.
MINISTRY_PORTFOLIOS: tuple[str, ...] = (
    "Dalam Negeri", "Luar Negeri", "Pertahanan", "Hukum", "Hak Asasi Manusia",
    "Imigrasi dan Pemasyarakatan", "Hukum dan Hak Asasi Manusia", "Hukum dan HAM", "HAM",
    "Keuangan", "Agama", "Kesehatan", "Pendidikan Dasar dan Menengah",
    "Pendidikan Tinggi, Sains, dan Teknologi", "Pendidikan Tinggi, Sains dan Teknologi",
    "Pendidikan, Kebudayaan, Riset, dan Teknologi", "Pendidikan dan Kebudayaan",
    "Kebudayaan", "Sosial", "Ketenagakerjaan", "Perindustrian", "Perdagangan",
    "Energi dan Sumber Daya Mineral", "ESDM", "Pekerjaan Umum", "Pekerjaan Umum dan Perumahan Rakyat",
    "PUPR", "PU", "Perumahan dan Kawasan Permukiman", "PKP", "Perhubungan",
    "Komunikasi dan Digital", "Komunikasi dan Informatika", "Kominfo", "Pertanian",
    "Kehutanan", "Lingkungan Hidup", "Lingkungan Hidup dan Kehutanan", "LHK",
    "Kelautan dan Perikanan", "KKP", "Desa dan Pembangunan Daerah Tertinggal",
    "Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", "Desa PDT", "Transmigrasi",
    "Agraria dan Tata Ruang", "Agraria dan Tata Ruang/Badan Pertanahan Nasional",
    "ATR/BPN", "ATR", "Perencanaan Pembangunan Nasional",
    "PPN/Bappenas", "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "PANRB",
    "PAN-RB", "PAN RB", "Badan Usaha Milik Negara", "BUMN", "Koperasi",
    "Koperasi dan UKM", "Koperasi dan Usaha Kecil dan Menengah", "Usaha Mikro, Kecil, dan Menengah",
    "UMKM", "Pariwisata", "Pariwisata dan Ekonomi Kreatif", "Ekonomi Kreatif",
    "Pemberdayaan Perempuan dan Perlindungan Anak", "PPPA", "Pemuda dan Olahraga",
    "Investasi", "Investasi dan Hilirisasi", "Investasi dan Hilirisasi/BKPM",
    "Investasi/BKPM", "Perlindungan Pekerja Migran Indonesia", "P2MI",
    "Kependudukan dan Pembangunan Keluarga", "Sekretariat Negara", "Sekretaris Negara",
    "Hak Asasi Manusia", "Imigrasi", "Pemasyarakatan", "Riset dan Teknologi",
    "Koordinator Bidang Perekonomian", "Koordinator Bidang Politik dan Keamanan",
    "Koordinator Bidang Politik, Hukum, dan Keamanan",
    "Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
    "Koordinator Bidang Pemberdayaan Masyarakat", "Koordinator Bidang Pangan",
    "Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan",
    "Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan",
    "Koordinator Bidang Kemaritiman dan Investasi", "Koordinator Perekonomian",
    "Koordinator Polkam", "Koordinator PMK", "Koordinator Pangan", "Koordinator Infrastruktur",
    "Koordinator Pemberdayaan Masyarakat", "Koordinator Kumham Imipas",
    # the short portfolio names of the 2024 cabinet (``Kementerian Komdigi``)
    "Komdigi", "Imipas", "Kumham", "Dikdasmen", "Diktisaintek", "Ekraf", "Haji dan Umrah",
)  # fmt: skip

#: Ministry short forms (ORG): written form → portfolio.
MINISTRY_SHORT_FORMS: dict[str, str] = {
    "Kemendagri": "Dalam Negeri", "Kemenlu": "Luar Negeri", "Kemlu": "Luar Negeri",
    "Kemhan": "Pertahanan", "Kemenhan": "Pertahanan", "Kemenkum": "Hukum",
    "Kemenkumham": "Hukum dan Hak Asasi Manusia", "KemenHAM": "Hak Asasi Manusia",
    "Kementerian HAM": "Hak Asasi Manusia", "Kemenimipas": "Imigrasi dan Pemasyarakatan",
    "Kemenkeu": "Keuangan", "Kemenag": "Agama", "Kemenkes": "Kesehatan",
    "Kemendikdasmen": "Pendidikan Dasar dan Menengah",
    "Kemendiktisaintek": "Pendidikan Tinggi, Sains, dan Teknologi",
    "Kemendikbudristek": "Pendidikan, Kebudayaan, Riset, dan Teknologi",
    "Kemendikbud": "Pendidikan dan Kebudayaan", "Kemenbud": "Kebudayaan",
    "Kemensos": "Sosial", "Kemnaker": "Ketenagakerjaan", "Kemenaker": "Ketenagakerjaan",
    "Kemenperin": "Perindustrian", "Kemendag": "Perdagangan",
    "Kementerian ESDM": "Energi dan Sumber Daya Mineral", "KESDM": "Energi dan Sumber Daya Mineral",
    "Kementerian PUPR": "Pekerjaan Umum dan Perumahan Rakyat", "Kemen PUPR": "Pekerjaan Umum dan Perumahan Rakyat",
    "KemenPUPR": "Pekerjaan Umum dan Perumahan Rakyat", "Kementerian PU": "Pekerjaan Umum",
    "Kemen PU": "Pekerjaan Umum", "KemenPU": "Pekerjaan Umum",
    "Kementerian PKP": "Perumahan dan Kawasan Permukiman", "Kemenhub": "Perhubungan",
    "Komdigi": "Komunikasi dan Digital", "Kemkomdigi": "Komunikasi dan Digital",
    "Kemenkomdigi": "Komunikasi dan Digital", "Kominfo": "Komunikasi dan Informatika",
    "Kemenkominfo": "Komunikasi dan Informatika", "Kementan": "Pertanian",
    "Kemenhut": "Kehutanan", "KLH": "Lingkungan Hidup", "KLHK": "Lingkungan Hidup dan Kehutanan",
    "KKP": "Kelautan dan Perikanan", "Kemendes": "Desa dan Pembangunan Daerah Tertinggal",
    "Kemendes PDT": "Desa dan Pembangunan Daerah Tertinggal",
    "Kemendes PDTT": "Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi",
    "Kementrans": "Transmigrasi", "Kementerian ATR/BPN": "Agraria dan Tata Ruang/Badan Pertanahan Nasional",
    "Kementerian PPN/Bappenas": "PPN/Bappenas",
    "KemenPAN-RB": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "KemenPANRB": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "Kemenpan RB": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "Kementerian PANRB": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "Kementerian BUMN": "Badan Usaha Milik Negara", "Kemen BUMN": "Badan Usaha Milik Negara",
    "Kemenkop": "Koperasi", "Kemenkop UKM": "Koperasi dan UKM", "KemenUMKM": "UMKM",
    "Kementerian UMKM": "UMKM", "Kemenpar": "Pariwisata", "Kemenparekraf": "Pariwisata dan Ekonomi Kreatif",
    "Kemenekraf": "Ekonomi Kreatif", "KemenPPPA": "Pemberdayaan Perempuan dan Perlindungan Anak",
    "Kemen PPPA": "Pemberdayaan Perempuan dan Perlindungan Anak",
    "Kemenpora": "Pemuda dan Olahraga", "Kementerian Investasi/BKPM": "Investasi/BKPM",
    "KemenP2MI": "Perlindungan Pekerja Migran Indonesia",
    "Kemendukbangga": "Kependudukan dan Pembangunan Keluarga",
    "Kemensetneg": "Sekretariat Negara", "Kemenko Perekonomian": "Koordinator Bidang Perekonomian",
    "Kemenko Polkam": "Koordinator Bidang Politik dan Keamanan",
    "Kemenko Polhukam": "Koordinator Bidang Politik, Hukum, dan Keamanan",
    "Kemenko PMK": "Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
    "Kemenko Pangan": "Koordinator Bidang Pangan", "Kemenko PM": "Koordinator Bidang Pemberdayaan Masyarakat",
    "Kemenko IPK": "Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan",
    "Kemenko Infrastruktur": "Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan",
    "Kemenko Kumham Imipas": "Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan",
    "Kemenko Marves": "Koordinator Bidang Kemaritiman dan Investasi",
}  # fmt: skip

#: Political parties: written form → name. ``PAN``/``PKS`` and the like are matched
#: in capitals only.
PARTIES: dict[str, str] = {
    "Golkar": "Partai Golkar", "Partai Golongan Karya": "Partai Golkar",
    "Gerindra": "Partai Gerindra", "Partai Gerakan Indonesia Raya": "Partai Gerindra",
    "PDI Perjuangan": "PDI Perjuangan", "PDI-P": "PDI Perjuangan", "PDIP": "PDI Perjuangan",
    "PDI-Perjuangan": "PDI Perjuangan", "Partai Demokrasi Indonesia Perjuangan": "PDI Perjuangan",
    "NasDem": "Partai NasDem", "Nasdem": "Partai NasDem", "PKB": "PKB",
    "Partai Kebangkitan Bangsa": "PKB", "PKS": "PKS", "Partai Keadilan Sejahtera": "PKS",
    "PAN": "PAN", "Partai Amanat Nasional": "PAN", "Demokrat": "Partai Demokrat",
    "PPP": "PPP", "Partai Persatuan Pembangunan": "PPP", "PSI": "PSI",
    "Partai Solidaritas Indonesia": "PSI", "Perindo": "Partai Perindo", "Hanura": "Partai Hanura",
    "Partai Buruh": "Partai Buruh", "Gelora": "Partai Gelora", "Partai Gelora": "Partai Gelora",
    "Partai Ummat": "Partai Ummat", "PBB": "PBB", "Partai Bulan Bintang": "PBB",
    "Garuda": "Partai Garuda", "PKN": "PKN", "Partai Kebangkitan Nusantara": "PKN",
    "Partai Aceh": "Partai Aceh", "PNA": "PNA", "Partai Nanggroe Aceh": "PNA",
    "PKPI": "PKPI", "Berkarya": "Partai Berkarya",
}  # fmt: skip

#: Party names that are also ordinary words: only ``Partai X`` or ``Fraksi X`` counts.
PARTIES_NEED_HEAD: frozenset[str] = frozenset({"Garuda", "Gelora", "Berkarya", "Hanura", "PBB"})

#: Party units: ``DPD Partai Golkar Jawa Barat``, ``DPC PDI Perjuangan Kota Bogor``.
PARTY_UNITS: tuple[str, ...] = (
    "DPP", "DPD", "DPW", "DPC", "PAC", "Fraksi", "F-", "Dewan Pimpinan Pusat",
    "Dewan Pimpinan Daerah", "Dewan Pimpinan Wilayah", "Dewan Pimpinan Cabang",
    "Dewan Pengurus Pusat", "Dewan Pengurus Wilayah", "Dewan Pengurus Cabang",
)  # fmt: skip

#: Boards and committees that are an ORG together with the body they belong to, named
#: right after them: ``Dewas KPK``, ``Pansus Haji DPR``, ``Banggar DPRD Kota Bogor``.
BOARDS_OF_A_BODY: frozenset[str] = frozenset({
    "Dewas", "Dewan", "Pansus", "Panja", "Banggar", "Baleg", "Bapemperda", "Bamus", "Timsus",
})  # fmt: skip

#: Universities known by short name.
UNIVERSITIES: dict[str, str] = {
    "UI": "Universitas Indonesia", "UGM": "Universitas Gadjah Mada", "ITB": "Institut Teknologi Bandung",
    "IPB": "IPB University", "IPB University": "IPB University", "ITS": "Institut Teknologi Sepuluh Nopember",
    "Unpad": "Universitas Padjadjaran", "Unhas": "Universitas Hasanuddin", "Unila": "Universitas Lampung",
    "Undip": "Universitas Diponegoro", "Unair": "Universitas Airlangga", "UNS": "Universitas Sebelas Maret",
    "UNY": "Universitas Negeri Yogyakarta", "UNJ": "Universitas Negeri Jakarta", "UNM": "Universitas Negeri Makassar",
    "Unnes": "Universitas Negeri Semarang", "Unesa": "Universitas Negeri Surabaya", "UM": "Universitas Negeri Malang",
    "UPI": "Universitas Pendidikan Indonesia", "Unsri": "Universitas Sriwijaya", "USU": "Universitas Sumatera Utara",
    "Unand": "Universitas Andalas", "USK": "Universitas Syiah Kuala", "Unsyiah": "Universitas Syiah Kuala",
    "Untirta": "Universitas Sultan Ageng Tirtayasa", "Unsoed": "Universitas Jenderal Soedirman",
    "UB": "Universitas Brawijaya", "Unej": "Universitas Jember", "Unud": "Universitas Udayana",
    "Unram": "Universitas Mataram", "Undana": "Universitas Nusa Cendana", "Unmul": "Universitas Mulawarman",
    "ULM": "Universitas Lambung Mangkurat", "Untan": "Universitas Tanjungpura", "Unri": "Universitas Riau",
    "Unja": "Universitas Jambi", "Unib": "Universitas Bengkulu", "Unsrat": "Universitas Sam Ratulangi",
    "Untad": "Universitas Tadulako", "UHO": "Universitas Halu Oleo", "Unpatti": "Universitas Pattimura",
    "Uncen": "Universitas Cenderawasih", "UNG": "Universitas Negeri Gorontalo", "Unima": "Universitas Negeri Manado",
    "Unimed": "Universitas Negeri Medan", "UNP": "Universitas Negeri Padang", "Unsika": "Universitas Singaperbangsa Karawang",
    "Unsil": "Universitas Siliwangi", "Unpak": "Universitas Pakuan", "Unisba": "Universitas Islam Bandung",
    "UII": "Universitas Islam Indonesia", "UMY": "Universitas Muhammadiyah Yogyakarta",
    "UMM": "Universitas Muhammadiyah Malang", "UMS": "Universitas Muhammadiyah Surakarta",
    "Uhamka": "Universitas Muhammadiyah Prof. Dr. Hamka", "Unisma": "Universitas Islam Malang",
    "Binus": "Universitas Bina Nusantara", "Trisakti": "Universitas Trisakti", "Unpar": "Universitas Katolik Parahyangan",
    "Atma Jaya": "Universitas Atma Jaya", "UPN Veteran": "UPN Veteran", "UPN": "UPN Veteran",
    "UT": "Universitas Terbuka", "Unhan": "Universitas Pertahanan", "Unud.": "Universitas Udayana",
    "UIN Jakarta": "UIN Syarif Hidayatullah Jakarta", "ITERA": "Institut Teknologi Sumatera",
    "Itera": "Institut Teknologi Sumatera", "PENS": "Politeknik Elektronika Negeri Surabaya",
    "STAN": "PKN STAN", "PKN STAN": "PKN STAN", "IPDN": "IPDN", "Akpol": "Akademi Kepolisian",
    "Akmil": "Akademi Militer", "STIP": "STIP", "Poltekkes": "Poltekkes", "Polinela": "Politeknik Negeri Lampung",
    "Unsud": "Universitas Jenderal Soedirman", "Unisula": "Universitas Islam Sultan Agung",
}  # fmt: skip

#: Media names credited in news. Names marked ``glued`` may be written inside another
#: word (``kepadadetikSulsel``) — only the ``detik`` family is.
MEDIA: dict[str, float] = {
    "ANTARA": 0.95, "Antara": 0.88, "KOMPAS": 0.9, "TEMPO": 0.9, "ANTARA News": 0.95, "Antaranews": 0.95, "Antaranews.com": 0.95,
    "Kompas": 0.88, "Kompas.com": 0.95, "KOMPAS.com": 0.95, "Kompas.id": 0.95, "Kompas TV": 0.95,
    "KompasTV": 0.95, "Harian Kompas": 0.95, "Tribunnews": 0.95, "Tribunnews.com": 0.95,
    "Tempo": 0.88, "Tempo.co": 0.95, "Majalah Tempo": 0.95, "Koran Tempo": 0.95,
    "CNN Indonesia": 0.95, "CNNIndonesia.com": 0.95, "CNBC Indonesia": 0.95, "Kumparan": 0.93,
    "kumparan": 0.93, "Liputan6": 0.93, "Liputan6.com": 0.95, "Okezone": 0.93, "Okezone.com": 0.95,
    "Republika": 0.93, "Republika.co.id": 0.95, "Media Indonesia": 0.93, "Suara.com": 0.95,
    "IDN Times": 0.95, "Jawa Pos": 0.95, "JawaPos.com": 0.95, "Radar Bogor": 0.93,
    "Beritasatu": 0.93, "BeritaSatu": 0.93, "iNews": 0.9, "Inews": 0.88, "Metro TV": 0.95,
    "MetroTV": 0.95, "TVRI": 0.95, "RRI": 0.93, "Merdeka.com": 0.95, "Sindonews": 0.93,
    "SINDOnews": 0.93, "VIVA": 0.85, "Viva.co.id": 0.95, "JPNN": 0.93, "JPNN.com": 0.95,
    "Bisnis Indonesia": 0.95, "Bisnis.com": 0.95, "Kontan": 0.9, "Kontan.co.id": 0.95,
    "Katadata": 0.93, "The Jakarta Post": 0.95, "Jakarta Post": 0.93, "Reuters": 0.95,
    "AFP": 0.93, "AP": 0.7, "Associated Press": 0.95, "Bloomberg": 0.9, "BBC": 0.9,
    "BBC Indonesia": 0.95, "Al Jazeera": 0.9, "Xinhua": 0.93, "Kyodo": 0.9, "Detik": 0.85,
    "detik": 0.85, "detikcom": 0.95, "detik.com": 0.95, "Serambinews": 0.93,
    "Pikiran Rakyat": 0.93, "Suara Merdeka": 0.93, "Tribun": 0.7, "Warta Kota": 0.9,
    "Solopos": 0.93, "Harian Jogja": 0.93, "Lampung Post": 0.93, "Fajar": 0.6, "Tirto": 0.88,
    "Tirto.id": 0.95, "Mongabay": 0.9, "Narasi": 0.7, "Inilah.com": 0.95, "Medcom": 0.9,
    "Medcom.id": 0.95, "Bisnis": 0.6, "Kompasiana": 0.9, "Suara": 0.5,
}  # fmt: skip

#: Media families written with a region glued on: ``detikSulsel``, ``detikcom`` (also
#: glued to the word before: ``kepadadetikSulsel``), and ``TribunJatim``,
#: ``Tribunnews`` (a word of their own).
GLUED_MEDIA_FAMILIES: tuple[str, ...] = ("detik",)
CAMEL_MEDIA_FAMILIES: tuple[str, ...] = ("Tribun", "Radar", "Pos")

#: Top-level domains that make a word a site name (``malangterkini.com``).
SITE_DOMAINS: tuple[str, ...] = (
    "com", "co.id", "id", "net", "org", "news", "tv", "or.id", "web.id", "info", "co", "go.id",
)

#: Words that make a capitalised word before or after them a club (``Sulut United``,
#: ``Bitung FC``, ``FC Bekasi``), and the start of Indonesian club names that take a
#: region (``Persiku Kudus``, ``PSIS Semarang``) as regular expressions' data.
CLUB_SUFFIXES: tuple[str, ...] = ("United", "FC", "F.C.")

#: Capitalised words before a club name that are not part of it (``Pelatih Sulut United``).
CLUB_CONTEXT_WORDS: frozenset[str] = frozenset({
    "Pelatih", "Pemain", "Kapten", "Manajer", "Suporter", "Presiden", "Bek", "Kiper",
    "Striker", "Gelandang", "Penyerang", "Skuad", "Tim", "Laga", "Melawan", "Kontra",
    "Lawan", "Juara", "Bersama", "Saat", "Kubu", "Markas", "Kandang", "Fans", "Asisten",
})  # fmt: skip
CLUB_PREFIX_WORDS: tuple[str, ...] = ("FC", "Persatuan Sepak Bola")
CLUB_NAME_STARTS: tuple[str, ...] = ("Pers", "PS")

#: Football clubs (Liga 1 and well-known others).
CLUBS: tuple[str, ...] = (
    "Persib Bandung", "Persib", "Persija Jakarta", "Persija", "Arema FC", "Arema",
    "Persebaya Surabaya", "Persebaya", "PSM Makassar", "PSM", "Bali United", "Borneo FC",
    "PSIS Semarang", "PSIS", "Persik Kediri", "Persik", "Madura United", "Dewa United",
    "Persita Tangerang", "Persita", "PSS Sleman", "PSS", "Malut United", "Persis Solo",
    "Persis", "Semen Padang", "PSBS Biak", "Bhayangkara FC", "Bhayangkara Presisi",
    "Barito Putera", "Persela Lamongan", "Persela", "PSMS Medan", "PSMS", "Persiraja",
    "Persipura Jayapura", "Persipura", "Sriwijaya FC", "PSPS Pekanbaru", "Persikabo",
    "RANS Nusantara", "Persijap Jepara", "Persijap", "PSIM Yogyakarta", "PSIM",
    "Real Madrid", "Barcelona", "Manchester United", "Manchester City", "Liverpool",
    "Chelsea", "Arsenal", "Juventus", "AC Milan", "Inter Milan", "Bayern Munchen",
)  # fmt: skip

# --------------------------------------------------------------------------------------
# Never an ORG
# --------------------------------------------------------------------------------------

#: Generic classes (ANNOTATION.md): never an ORG, with or without capitals.
GENERIC_CLASSES: tuple[str, ...] = (
    "organisasi perangkat daerah", "OPD", "perangkat daerah", "pemerintah daerah",
    "pemerintah pusat", "instansi", "instansi terkait", "dinas terkait", "SKPD",
    "satuan kerja perangkat daerah", "BUMN", "BUMD", "pemerintah", "kementerian",
    "lembaga", "kementerian/lembaga", "K/L", "ormas", "LSM", "parpol", "partai politik",
    "UMKM", "ASN", "PNS",
)  # fmt: skip

#: Words that, capitalised in mid-sentence and with no name after them, mean the one
#: national body (``asistensi penuh Pemerintah``: the Government); in lowercase, or
#: opening a sentence where every word is capitalised, they are the generic class.
NATIONAL_BODY_WORDS: tuple[str, ...] = ("Pemerintah",)

#: Lowercase level words after a body's name that make it a class of bodies, one at
#: each level (``KPU kabupaten/kota, KPU provinsi``): no ORG, unless a name follows
#: (``KPU kota Bogor``).
CLASS_LEVEL_WORDS: tuple[str, ...] = (
    "kabupaten/kota", "kabupaten", "kota", "provinsi", "kecamatan", "desa", "kelurahan",
)

#: Heads read only as the organisation of an office (``Direktur RSUD …``); on their own
#: these are PLACEs (ANNOTATION.md: hospitals are places).
OFFICE_ONLY_HEADS: frozenset[str] = frozenset({"RSUD", "RSUP", "Puskesmas"})

