"""Office titles (jabatan) in Indonesian news, as data for the OFFICE grammar in
:mod:`beritaner.recognizers.offices`.

An OFFICE is ``[flag] [acting] TITLE [jurisdiction] [(ALIAS)]`` where the title's kind
says what may follow it:

* ``REGION_TITLES`` take a region (``Gubernur Banten``, ``Kapolres Sukabumi``),
* ``NATIONAL_TITLES`` stand alone (``Presiden``, ``Kapolri``, ``Mendagri``),
* ``MINISTER_HEADS`` take a portfolio (``Menteri Dalam Negeri``),
* ``ORG_TITLES`` need an organisation (``Ketua DPRD Bantaeng``, ``Rektor Unila``),
* ``SUBUNIT_TITLES`` take a section name and then an organisation
  (``Kasat Reskrim Polres Malang``).

Every written form maps to a normalised title (``Walkot`` → ``Wali Kota``).
"""

from __future__ import annotations

from .orgs import MINISTRY_PORTFOLIOS

# --------------------------------------------------------------------------------------
# Prefixes and flags
# --------------------------------------------------------------------------------------

#: Acting prefixes (inside the span). Dotted forms also match without the dot.
ACTING_SHORT_FORMS: tuple[str, ...] = ("Plt", "Pj", "Pjs", "Plh", "Pgs")  # each with or without "."
ACTING_LONG_FORMS: tuple[str, ...] = (
    "Penjabat Sementara", "Penjabat", "Pelaksana Tugas", "Pelaksana Harian", "Pejabat Sementara",
    "Pengganti Sementara",
)  # fmt: skip

#: Words before a title that flag a former holder (outside the span).
FORMER_FLAGS: tuple[str, ...] = ("mantan", "eks", "bekas", "purnawirawan")

#: Words before a title that flag a candidate (outside the span).
CANDIDATE_FLAGS: tuple[str, ...] = ("calon", "bakal calon", "balon", "bacalon", "kandidat")

#: One-word candidate titles: form → title (the span is the word and its region).
CANDIDATE_TITLES: dict[str, str] = {
    "Cagub": "Gubernur", "Cawagub": "Wakil Gubernur", "Cabup": "Bupati",
    "Cawabup": "Wakil Bupati", "Cawalkot": "Wali Kota", "Cawawalkot": "Wakil Wali Kota",
    "Cawali": "Wali Kota", "Capres": "Presiden", "Cawapres": "Wakil Presiden",
    "Cakada": "Kepala Daerah",
    # bakal calon: the candidate before registration
    "Bacapres": "Presiden", "Bacawapres": "Wakil Presiden", "Bacagub": "Gubernur",
    "Bacawagub": "Wakil Gubernur", "Bacabup": "Bupati", "Bacawabup": "Wakil Bupati",
    "Bacawalkot": "Wali Kota",
}  # fmt: skip

# --------------------------------------------------------------------------------------
# Titles followed by a region (or a numbered unit)
# --------------------------------------------------------------------------------------

_PROV = ("provinsi",)
_KAB = ("kabupaten",)
_KOTA = ("kota",)
_KABKOTA = ("kabupaten", "kota")
_ANY = ("provinsi", "kabupaten", "kota")
_KEC = ("kecamatan",)
_DESA = ("desa",)

#: Form → (normalised title, region levels of its jurisdiction).
REGION_TITLES: dict[str, tuple[str, tuple[str, ...]]] = {
    # regional government
    "Gubernur": ("Gubernur", _PROV), "Wakil Gubernur": ("Wakil Gubernur", _PROV),
    "Wagub": ("Wakil Gubernur", _PROV), "Wagubernur": ("Wakil Gubernur", _PROV),
    "Bupati": ("Bupati", _KAB), "Wakil Bupati": ("Wakil Bupati", _KAB),
    "Wabup": ("Wakil Bupati", _KAB), "Wali Kota": ("Wali Kota", _KOTA),
    "Walikota": ("Wali Kota", _KOTA), "Walkot": ("Wali Kota", _KOTA),
    "Wakil Wali Kota": ("Wakil Wali Kota", _KOTA), "Wakil Walikota": ("Wakil Wali Kota", _KOTA),
    "Wawali": ("Wakil Wali Kota", _KOTA), "Wawalkot": ("Wakil Wali Kota", _KOTA),
    "Wali Nagari": ("Wali Nagari", _DESA), "Keuchik": ("Keuchik", _DESA),
    "Geuchik": ("Keuchik", _DESA), "Sekretaris Daerah": ("Sekretaris Daerah", _ANY),
    "Sekda": ("Sekretaris Daerah", _ANY), "Sekdaprov": ("Sekretaris Daerah", _PROV),
    "Sekdakab": ("Sekretaris Daerah", _KAB), "Sekdakot": ("Sekretaris Daerah", _KOTA),
    "Camat": ("Camat", _KEC), "Lurah": ("Lurah", _DESA), "Kepala Desa": ("Kepala Desa", _DESA),
    "Kades": ("Kepala Desa", _DESA), "Kepala Kampung": ("Kepala Kampung", _DESA),
    "Kepala Dusun": ("Kepala Dusun", _DESA), "Kadus": ("Kepala Dusun", _DESA),
    "Sekretaris Desa": ("Sekretaris Desa", _DESA), "Sekdes": ("Sekretaris Desa", _DESA),
    "Sekretaris Camat": ("Sekretaris Camat", _KEC), "Sekcam": ("Sekretaris Camat", _KEC),
    # police
    "Kapolda": ("Kapolda", _PROV), "Wakapolda": ("Wakapolda", _PROV),
    "Kepala Kepolisian Daerah": ("Kapolda", _PROV),
    "Kapolres": ("Kapolres", _KABKOTA), "Wakapolres": ("Wakapolres", _KABKOTA),
    "Kepala Kepolisian Resor": ("Kapolres", _KABKOTA),
    "Kapolresta": ("Kapolresta", _KABKOTA), "Wakapolresta": ("Wakapolresta", _KABKOTA),
    "Kepala Kepolisian Resor Kota": ("Kapolresta", _KABKOTA),
    "Kapolrestabes": ("Kapolrestabes", _KOTA),
    "Kepala Kepolisian Resor Kota Besar": ("Kapolrestabes", _KOTA), "Wakapolrestabes": ("Wakapolrestabes", _KOTA),
    "Kapolres Metro": ("Kapolres Metro", _KABKOTA),
    "Kapolsek": ("Kapolsek", _KEC), "Kepala Kepolisian Sektor": ("Kapolsek", _KEC),
    "Wakapolsek": ("Wakapolsek", _KEC), "Kapolsubsektor": ("Kapolsubsektor", _KEC),
    # military (numbered units: ``Dandim 0621/Kabupaten Bogor``)
    "Pangdam": ("Pangdam", _PROV), "Panglima Kodam": ("Pangdam", _PROV),
    "Kasdam": ("Kasdam", _PROV), "Danrem": ("Danrem", _ANY), "Dandim": ("Dandim", _KABKOTA),
    "Danramil": ("Danramil", _KEC), "Danlanal": ("Danlanal", _ANY),
    "Danlanud": ("Danlanud", _ANY), "Danlantamal": ("Danlantamal", _ANY),
    "Danyon": ("Danyon", _ANY), "Danyonif": ("Danyonif", _ANY), "Dansat": ("Dansat", _ANY),
    "Danpomdam": ("Danpomdam", _PROV), "Pangkoarmada": ("Pangkoarmada", _ANY),
    "Pangkogabwilhan": ("Pangkogabwilhan", _ANY), "Danpuspom": ("Danpuspom", _ANY),
    "Dankormar": ("Dankormar", _ANY), "Danjen Kopassus": ("Danjen Kopassus", ()),
    "Pangkostrad": ("Pangkostrad", ()), "Danpaspampres": ("Danpaspampres", ()),
    "Kabinda": ("Kabinda", _PROV),
    # prosecutors
    "Kajati": ("Kajati", _PROV), "Wakajati": ("Wakajati", _PROV),
    "Kepala Kejaksaan Tinggi": ("Kajati", _PROV), "Kajari": ("Kajari", _KABKOTA),
    "Kepala Kejaksaan Negeri": ("Kajari", _KABKOTA), "Kacabjari": ("Kacabjari", _ANY),
    # regional offices of national bodies
    "Kakanwil": ("Kepala Kantor Wilayah", _PROV), "Kalapas": ("Kalapas", _ANY),
    "Karutan": ("Karutan", _ANY), "Kakankemenag": ("Kepala Kantor Kementerian Agama", _KABKOTA),
    "Kakan Kemenag": ("Kepala Kantor Kementerian Agama", _KABKOTA),
}  # fmt: skip

# --------------------------------------------------------------------------------------
# Titles that stand alone (one post in the country)
# --------------------------------------------------------------------------------------

#: Form → (normalised title, organisation it belongs to or None).
NATIONAL_TITLES: dict[str, tuple[str, str | None]] = {
    "Presiden": ("Presiden", None), "Wakil Presiden": ("Wakil Presiden", None),
    "Wapres": ("Wakil Presiden", None), "Perdana Menteri": ("Perdana Menteri", None),
    "PM": ("Perdana Menteri", None), "Duta Besar": ("Duta Besar", None), "Dubes": ("Duta Besar", None),
    "Wakil Duta Besar": ("Wakil Duta Besar", None), "Konsul Jenderal": ("Konsul Jenderal", None),
    "Konjen": ("Konsul Jenderal", None), "Kapolri": ("Kapolri", "Polri"),
    "Wakapolri": ("Wakapolri", "Polri"), "Kepala Kepolisian Negara Republik Indonesia": ("Kapolri", "Polri"),
    "Kabareskrim": ("Kabareskrim", "Polri"), "Kabareskrim Polri": ("Kabareskrim", "Polri"),
    "Kadiv Humas Polri": ("Kadiv Humas", "Polri"), "Kadiv Propam Polri": ("Kadiv Propam", "Polri"),
    "Kakorlantas Polri": ("Kakorlantas", "Polri"), "Kakorlantas": ("Kakorlantas", "Polri"),
    "Jaksa Agung": ("Jaksa Agung", "Kejaksaan Agung"),
    "Wakil Jaksa Agung": ("Wakil Jaksa Agung", "Kejaksaan Agung"),
    "Jaksa Agung Muda Tindak Pidana Khusus": ("Jaksa Agung Muda Tindak Pidana Khusus", "Kejaksaan Agung"),
    "Jampidsus": ("Jaksa Agung Muda Tindak Pidana Khusus", "Kejaksaan Agung"),
    "Jampidum": ("Jaksa Agung Muda Tindak Pidana Umum", "Kejaksaan Agung"),
    "Jamintel": ("Jaksa Agung Muda Intelijen", "Kejaksaan Agung"),
    "Jaksa Agung Muda Intelijen": ("Jaksa Agung Muda Intelijen", "Kejaksaan Agung"),
    "Jaksa Agung Muda Bidang Intelijen": ("Jaksa Agung Muda Intelijen", "Kejaksaan Agung"),
    "Jaksa Agung Muda Tindak Pidana Umum": ("Jaksa Agung Muda Tindak Pidana Umum", "Kejaksaan Agung"),
    "Jaksa Agung Muda Bidang Tindak Pidana Khusus": ("Jaksa Agung Muda Tindak Pidana Khusus", "Kejaksaan Agung"),
    "Jaksa Agung Muda Bidang Tindak Pidana Umum": ("Jaksa Agung Muda Tindak Pidana Umum", "Kejaksaan Agung"),
    "Jaksa Agung Muda Bidang Pembinaan": ("Jaksa Agung Muda Pembinaan", "Kejaksaan Agung"),
    "Jaksa Agung Muda Bidang Pengawasan": ("Jaksa Agung Muda Pengawasan", "Kejaksaan Agung"),
    "Jambin": ("Jaksa Agung Muda Pembinaan", "Kejaksaan Agung"),
    "Jamwas": ("Jaksa Agung Muda Pengawasan", "Kejaksaan Agung"),
    "Jamdatun": ("Jaksa Agung Muda Perdata dan Tata Usaha Negara", "Kejaksaan Agung"),
    "Panglima TNI": ("Panglima TNI", "TNI"), "Wakil Panglima TNI": ("Wakil Panglima TNI", "TNI"),
    "KSAD": ("Kepala Staf Angkatan Darat", "TNI AD"), "Kasad": ("Kepala Staf Angkatan Darat", "TNI AD"),
    "Kepala Staf Angkatan Darat": ("Kepala Staf Angkatan Darat", "TNI AD"),
    "KSAL": ("Kepala Staf Angkatan Laut", "TNI AL"), "Kasal": ("Kepala Staf Angkatan Laut", "TNI AL"),
    "Kepala Staf Angkatan Laut": ("Kepala Staf Angkatan Laut", "TNI AL"),
    "KSAU": ("Kepala Staf Angkatan Udara", "TNI AU"), "Kasau": ("Kepala Staf Angkatan Udara", "TNI AU"),
    "Kepala Staf Angkatan Udara": ("Kepala Staf Angkatan Udara", "TNI AU"),
    "Kepala Staf Kepresidenan": ("Kepala Staf Kepresidenan", "Kantor Staf Presiden"),
    "Sekretaris Kabinet": ("Sekretaris Kabinet", "Sekretariat Kabinet"),
    "Seskab": ("Sekretaris Kabinet", "Sekretariat Kabinet"),
    "Mensesneg": ("Menteri Sekretaris Negara", "Kementerian Sekretariat Negara"),
    "Menteri Sekretaris Negara": ("Menteri Sekretaris Negara", "Kementerian Sekretariat Negara"),
    "Gubernur BI": ("Gubernur", "Bank Indonesia"), "Gubernur Bank Indonesia": ("Gubernur", "Bank Indonesia"),
    "Deputi Gubernur BI": ("Deputi Gubernur", "Bank Indonesia"),
    "Deputi Gubernur Bank Indonesia": ("Deputi Gubernur", "Bank Indonesia"),
    "Deputi Gubernur Senior BI": ("Deputi Gubernur Senior", "Bank Indonesia"),
    "Deputi Gubernur Senior Bank Indonesia": ("Deputi Gubernur Senior", "Bank Indonesia"),
    "Ketua Mahkamah Agung": ("Ketua", "Mahkamah Agung"), "Ketua MA": ("Ketua", "Mahkamah Agung"),
    "Ketua Mahkamah Konstitusi": ("Ketua", "Mahkamah Konstitusi"), "Ketua MK": ("Ketua", "Mahkamah Konstitusi"),
    # a seat on a high court is a post, unlike the role ``hakim`` (ANNOTATION.md)
    "Hakim Agung": ("Hakim Agung", "Mahkamah Agung"),
    "Hakim Konstitusi": ("Hakim Konstitusi", "Mahkamah Konstitusi"),
    "Hakim MK": ("Hakim Konstitusi", "Mahkamah Konstitusi"),
    "Kepala Otorita IKN": ("Kepala", "Otorita IKN"),
    "Gubernur Lemhannas": ("Gubernur", "Lemhannas"), "Gubernur Akpol": ("Gubernur", "Akademi Kepolisian"),
    "Gubernur Akademi Kepolisian": ("Gubernur", "Akademi Kepolisian"), "Wakil Ketua MK": ("Wakil Ketua", "Mahkamah Konstitusi"),
}  # fmt: skip

#: National titles whose country may follow them (``Presiden Federasi Rusia``).
COUNTRY_TITLES: frozenset[str] = frozenset({
    "Presiden", "Wakil Presiden", "Perdana Menteri", "Duta Besar", "Wakil Duta Besar", "Konsul Jenderal",
})

#: Envoys, whose post may go on with the country they serve (``Duta Besar RI untuk
#: Jepang``) after one of :data:`ENVOY_POST_WORDS`. (Not ``di``: ``Duta Besar Rusia di
#: Jakarta`` says where the embassy stands, which the post does not take.)
ENVOY_TITLES: frozenset[str] = frozenset({"Duta Besar", "Wakil Duta Besar", "Konsul Jenderal"})
ENVOY_POST_WORDS: frozenset[str] = frozenset({"untuk"})

#: Minister heads: form → normalised head. Followed by a portfolio.
MINISTER_HEADS: dict[str, str] = {
    "Menteri": "Menteri", "Wakil Menteri": "Wakil Menteri", "Wamen": "Wakil Menteri",
    "Menko": "Menteri Koordinator",
    "Menteri Negara": "Menteri Negara",
}  # fmt: skip

#: Portfolios a minister head may take (from the ministry list).
PORTFOLIOS: tuple[str, ...] = MINISTRY_PORTFOLIOS

#: Minister short forms: form → (normalised title, ministry the office belongs to).
#: ``Wa``+form variants (``Wamendagri``) are added below.
_MINISTER_SHORT: dict[str, str] = {
    "Mendagri": "Dalam Negeri", "Menlu": "Luar Negeri", "Menhan": "Pertahanan",
    "Menkum": "Hukum", "Menkumham": "Hukum dan Hak Asasi Manusia", "MenHAM": "Hak Asasi Manusia",
    "Menteri HAM": "Hak Asasi Manusia", "Menimipas": "Imigrasi dan Pemasyarakatan",
    "Menteri Imipas": "Imigrasi dan Pemasyarakatan", "Menkeu": "Keuangan", "Menag": "Agama",
    "Menkes": "Kesehatan", "Mendikdasmen": "Pendidikan Dasar dan Menengah",
    "Mendiktisaintek": "Pendidikan Tinggi, Sains, dan Teknologi",
    "Mendikbudristek": "Pendidikan, Kebudayaan, Riset, dan Teknologi",
    "Mendikbud": "Pendidikan dan Kebudayaan", "Menbud": "Kebudayaan", "Mensos": "Sosial",
    "Menaker": "Ketenagakerjaan", "Menakertrans": "Tenaga Kerja dan Transmigrasi",
    "Menperin": "Perindustrian", "Mendag": "Perdagangan",
    "Menteri ESDM": "Energi dan Sumber Daya Mineral",
    "Menteri PUPR": "Pekerjaan Umum dan Perumahan Rakyat", "Menteri PU": "Pekerjaan Umum",
    "Menteri PKP": "Perumahan dan Kawasan Permukiman", "Menhub": "Perhubungan",
    "Menkomdigi": "Komunikasi dan Digital", "Menkominfo": "Komunikasi dan Informatika",
    "Mentan": "Pertanian", "Menhut": "Kehutanan", "Menteri LH": "Lingkungan Hidup",
    "Menteri LHK": "Lingkungan Hidup dan Kehutanan", "Menteri KKP": "Kelautan dan Perikanan",
    "Menteri KP": "Kelautan dan Perikanan", "Mendes": "Desa dan Pembangunan Daerah Tertinggal",
    "Mendes PDT": "Desa dan Pembangunan Daerah Tertinggal",
    "Mendes PDTT": "Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi",
    "Mentrans": "Transmigrasi", "Menteri ATR/BPN": "Agraria dan Tata Ruang/Badan Pertanahan Nasional",
    "Menteri ATR": "Agraria dan Tata Ruang", "Menteri PPN/Kepala Bappenas": "PPN/Bappenas",
    "Menteri PPN": "PPN/Bappenas", "MenPAN-RB": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "MenPANRB": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "Menpan RB": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "Menpan-RB": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "MenpanRB": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "Menteri PANRB": "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "Menteri BUMN": "Badan Usaha Milik Negara", "Menkop": "Koperasi",
    "Menkop UKM": "Koperasi dan UKM", "Menteri UMKM": "UMKM", "Menpar": "Pariwisata",
    "Menparekraf": "Pariwisata dan Ekonomi Kreatif", "Menekraf": "Ekonomi Kreatif",
    "MenPPPA": "Pemberdayaan Perempuan dan Perlindungan Anak",
    "Menteri PPPA": "Pemberdayaan Perempuan dan Perlindungan Anak", "Menpora": "Pemuda dan Olahraga",
    "Menteri Investasi/Kepala BKPM": "Investasi/BKPM", "Menteri P2MI": "Perlindungan Pekerja Migran Indonesia",
    "Mendukbangga": "Kependudukan dan Pembangunan Keluarga",
    "Menko Perekonomian": "Koordinator Bidang Perekonomian",
    "Menko Polkam": "Koordinator Bidang Politik dan Keamanan",
    "Menko Polhukam": "Koordinator Bidang Politik, Hukum, dan Keamanan",
    "Menko PMK": "Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
    "Menko Pangan": "Koordinator Bidang Pangan", "Menko PM": "Koordinator Bidang Pemberdayaan Masyarakat",
    "Menko IPK": "Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan",
    "Menko Infrastruktur": "Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan",
    "Menko Kumham Imipas": "Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan",
    "Menko Marves": "Koordinator Bidang Kemaritiman dan Investasi",
}  # fmt: skip


def _wakil(form: str) -> str:
    """``Mendagri`` → ``Wamendagri``; ``Menteri BUMN`` → ``Wamen BUMN``."""
    if form.startswith("Menteri "):
        return "Wamen " + form[len("Menteri ") :]
    if form.split()[0] == "Menko":  # no deputy form (``Menkop``, cooperatives, has one)
        return ""
    return "Wa" + form[0].lower() + form[1:]


#: Minister short forms: form → (normalised title, portfolio).
MINISTER_SHORT_FORMS: dict[str, tuple[str, str]] = {
    **{form: ("Menteri " + p if not p.startswith("Koordinator") else "Menteri " + p, p)
       for form, p in _MINISTER_SHORT.items()},
    **{_wakil(form): ("Wakil Menteri " + p, p) for form, p in _MINISTER_SHORT.items() if _wakil(form)},
}  # fmt: skip

# --------------------------------------------------------------------------------------
# Titles that need an organisation after them
# --------------------------------------------------------------------------------------

#: Form → normalised title. ``Ketua`` alone is no office; ``Ketua DPRD Bantaeng`` is.
ORG_TITLES: dict[str, str] = {
    "Ketua": "Ketua", "Wakil Ketua": "Wakil Ketua", "Waket": "Wakil Ketua",
    "Ketua Umum": "Ketua Umum", "Ketum": "Ketua Umum", "Wakil Ketua Umum": "Wakil Ketua Umum",
    "Waketum": "Wakil Ketua Umum", "Ketua Harian": "Ketua Harian", "Ketua Dewan Pembina": "Ketua Dewan Pembina",
    "Ketua Majelis Tinggi": "Ketua Majelis Tinggi", "Ketua Banggar": "Ketua Badan Anggaran",
    "Ketua Pansus": "Ketua Pansus", "Ketua Bapemperda": "Ketua Bapemperda",
    "Sekretaris Jenderal": "Sekretaris Jenderal", "Sekjen": "Sekretaris Jenderal",
    "Wakil Sekretaris Jenderal": "Wakil Sekretaris Jenderal", "Wasekjen": "Wakil Sekretaris Jenderal",
    "Bendahara Umum": "Bendahara Umum", "Bendum": "Bendahara Umum", "Bendahara": "Bendahara",
    "Sekretaris": "Sekretaris", "Sekretaris Utama": "Sekretaris Utama", "Sestama": "Sekretaris Utama",
    "Anggota": "Anggota", "Kepala": "Kepala", "Wakil Kepala": "Wakil Kepala",
    "Kepala Pelaksana": "Kepala Pelaksana", "Kalak": "Kepala Pelaksana", "Kalaksa": "Kepala Pelaksana",
    "Kepala Sekolah": "Kepala Sekolah", "Kepsek": "Kepala Sekolah",
    "Direktur": "Direktur", "Direktur Utama": "Direktur Utama", "Dirut": "Direktur Utama",
    "Wakil Direktur Utama": "Wakil Direktur Utama", "Wadirut": "Wakil Direktur Utama",
    "Wakil Direktur": "Wakil Direktur", "Wadir": "Wakil Direktur",
    "Direktur Jenderal": "Direktur Jenderal", "Dirjen": "Direktur Jenderal",
    "Direktur Eksekutif": "Direktur Eksekutif", "Direktur Operasional": "Direktur Operasional",
    "Direktur Keuangan": "Direktur Keuangan", "Direktur Bisnis": "Direktur Bisnis",
    "Direktur Reserse Kriminal Umum": "Dirreskrimum", "Dirreskrimum": "Dirreskrimum",
    "Direktur Reserse Kriminal Khusus": "Dirreskrimsus", "Dirreskrimsus": "Dirreskrimsus",
    "Direktur Reserse Narkoba": "Dirresnarkoba", "Dirresnarkoba": "Dirresnarkoba",
    "Dirlantas": "Dirlantas", "Direktur Lalu Lintas": "Dirlantas", "Dirpolairud": "Dirpolairud",
    "Dirintelkam": "Dirintelkam", "Dirbinmas": "Dirbinmas", "Dirsamapta": "Dirsamapta",
    "Presiden Direktur": "Presiden Direktur", "Presdir": "Presiden Direktur",
    "Presiden Director": "Presiden Direktur", "President Director": "Presiden Direktur",
    "Komisaris": "Komisaris", "Komisaris Utama": "Komisaris Utama", "Komut": "Komisaris Utama",
    "Komisaris Independen": "Komisaris Independen", "Chief Executive Officer": "CEO",
    "CEO": "CEO", "General Manager": "General Manager", "GM": "General Manager",
    "Chief Operating Officer": "COO", "COO": "COO", "Chief Financial Officer": "CFO",
    "CFO": "CFO", "Chief Technology Officer": "CTO", "CTO": "CTO",
    "Chief Marketing Officer": "CMO", "CMO": "CMO", "Managing Director": "Managing Director",
    "Vice President": "Vice President",
    "VP": "Vice President", "Executive Vice President": "Executive Vice President",
    "EVP": "Executive Vice President", "Corporate Secretary": "Corporate Secretary",
    "Pemimpin Redaksi": "Pemimpin Redaksi", "Pemred": "Pemimpin Redaksi",
    "Pemimpin Wilayah": "Pemimpin Wilayah", "Pemimpin Cabang": "Pemimpin Cabang",
    "Rektor": "Rektor", "Wakil Rektor": "Wakil Rektor", "Warek": "Wakil Rektor",
    "Dekan": "Dekan", "Wakil Dekan": "Wakil Dekan", "Ketua Program Studi": "Ketua Program Studi",
    "Kaprodi": "Ketua Program Studi", "Guru Besar": "Guru Besar",
    "Inspektur": "Inspektur",
    "Inspektur Jenderal": "Inspektur Jenderal", "Staf Ahli": "Staf Ahli",
    "Staf Khusus": "Staf Khusus", "Stafsus": "Staf Khusus", "Juru Bicara": "Juru Bicara",
    "Jubir": "Juru Bicara", "Panglima": "Panglima", "Komandan": "Komandan",
    "Kepala Staf": "Kepala Staf", "Koordinator": "Koordinator", "Ketua Tim": "Ketua Tim",
    "Ketua Satgas": "Ketua Satgas", "Kasatgas": "Ketua Satgas",
    "Kadis": "Kepala Dinas", "Kaban": "Kepala Badan", "Kakan": "Kepala Kantor",
    "Kapus": "Kepala Pusat",
}  # fmt: skip

#: Lowercase words that open a title's section as its capitalised form would: ``Deputi
#: bidang Koordinasi …``, ``Juru Bicara bidang Pencegahan KPK``.
SECTION_LINK_WORDS: frozenset[str] = frozenset({"bidang", "urusan"})

#: Words after a parliament seat that name its electoral district, inside the office:
#: ``Anggota DPR RI Dapil Maluku``, ``anggota DPRD Jabar Dapil Jabar II``.
CONSTITUENCY_WORDS: frozenset[str] = frozenset({"Dapil", "dapil"})

#: Titles whose post serves one person, named after them: ``Juru Bicara Anies Baswedan``,
#: ``Staf Khusus Menteri`` (the person is inside the OFFICE span, not a PERSON of its own).
PERSON_SERVING_TITLES: frozenset[str] = frozenset({"Juru Bicara", "Staf Khusus"})

#: Region titles whose post sits in a body that may be named before the region:
#: ``Kakanwil Kemenkum Jatim``, ``Kepala Kantor Wilayah BPN Provinsi Riau``.
BODY_THEN_REGION_TITLES: frozenset[str] = frozenset({"Kepala Kantor Wilayah"})

#: Organisation words that join ``Kepala``/``Wakil Kepala`` in the title
#: (``Kepala Dinas Kesehatan …`` → title ``Kepala Dinas``).
HEAD_FOLDS: frozenset[str] = frozenset({
    "Dinas", "Badan", "Bidang", "Bagian", "Seksi", "Sub Bagian", "Subbagian", "Biro",
    "Kantor", "Balai", "Pusat", "Satuan", "Unit", "Divisi", "Sekolah", "Subdirektorat",
    "Direktorat", "Lembaga", "Sekretariat", "Inspektorat", "Stasiun", "Perwakilan",
    "Kantor Wilayah", "Kanwil",
})  # fmt: skip

#: Abbreviated heads that stand for ``Kepala`` + an organisation word: form → the
#: organisation word put back in front of the jurisdiction (``Kadis Kesehatan`` →
#: jurisdiction ``Dinas Kesehatan``).
HEAD_ABBREVIATIONS: dict[str, str] = {"Kadis": "Dinas", "Kaban": "Badan", "Kakan": "Kantor", "Karo": "Biro"}

#: Titles named after the body they head, whose field may follow them without the
#: body's own head word: title form → that head word (``Direktur Jenderal Industri
#: Kecil, Menengah, dan Aneka (IKMA)`` heads the ``Direktorat Jenderal`` of that field).
#: (Not ``Inspektur Jenderal``/``Irjen``: in news mostly a police rank.)
TITLE_BODY_FOLDS: dict[str, str] = {"Direktur Jenderal": "Direktorat Jenderal", "Dirjen": "Direktorat Jenderal"}

#: Bodies ``Anggota`` may take: membership of these is an office (legislatures,
#: commissions); membership of the police or a party is not.
MEMBER_BODIES: frozenset[str] = frozenset({
    "Dewan",
    "DPR", "DPR RI", "DPRD", "DPRK", "DPRA", "DPRP", "DPD", "DPD RI", "MPR", "MPR RI",
    "Dewan Perwakilan Rakyat", "Dewan Perwakilan Rakyat Daerah", "Dewan Perwakilan Daerah",
    "Majelis Permusyawaratan Rakyat", "Komisi", "Fraksi", "KPU", "KPUD", "Bawaslu", "BPK",
    "DKPP", "Ombudsman", "Ombudsman RI", "KPI", "KPID", "Komnas HAM", "KPAI", "Dewan Pers",
    "Dewan Pengawas", "Wantimpres", "Badan Anggaran", "Banggar", "Pansus", "Panwaslu",
    "Panwascam", "PPK", "KIP", "Komisi Informasi", "Dewan Perwakilan Rakyat Kabupaten",
    "Badan Pemeriksa Keuangan", "Komisi Pemilihan Umum", "Komisi Yudisial", "LPSK", "KPPU",
})  # fmt: skip

# --------------------------------------------------------------------------------------
# Titles that take a section name, then an organisation
# --------------------------------------------------------------------------------------

#: Form → normalised title head (``Kasat`` + ``Reskrim`` → title ``Kasat Reskrim``).
SUBUNIT_TITLES: dict[str, str] = {
    "Kasat": "Kasat", "Kepala Satuan": "Kasat", "Wakasat": "Wakasat", "Kabid": "Kabid",
    "Kepala Bidang": "Kepala Bidang", "Kasi": "Kasi", "Kepala Seksi": "Kepala Seksi",
    "Kabag": "Kabag", "Kepala Bagian": "Kepala Bagian", "Kasubag": "Kasubag",
    "Kasubbag": "Kasubbag", "Kepala Sub Bagian": "Kepala Subbagian",
    "Kepala Subbagian": "Kepala Subbagian", "Kanit": "Kanit", "Kepala Unit": "Kepala Unit",
    "Kasubdit": "Kasubdit", "Kepala Subdirektorat": "Kasubdit", "Kadiv": "Kadiv",
    "Kepala Divisi": "Kepala Divisi", "Kasubbid": "Kasubbid", "Kasubsi": "Kasubsi",
    "Kaur": "Kaur", "Kasi Intel": "Kasi Intel", "Kasatreskrim": "Kasat Reskrim",
    "Kasatlantas": "Kasat Lantas", "Kasatnarkoba": "Kasat Narkoba",
    "Kasatresnarkoba": "Kasat Resnarkoba", "Kasatintelkam": "Kasat Intelkam",
    "Kasatsamapta": "Kasat Samapta", "Kasatbinmas": "Kasat Binmas",
    "Kasipidsus": "Kasi Pidsus", "Kasipidum": "Kasi Pidum", "Kasiintel": "Kasi Intel",
    "Kabidhumas": "Kabid Humas", "Kasihumas": "Kasi Humas", "Kasi Humas": "Kasi Humas",
    "Kabid Humas": "Kabid Humas", "Kasubsi Penmas": "Kasubsi Penmas", "Asisten": "Asisten",
    "Kasipenkum": "Kasi Penkum", "Kasi Penkum": "Kasi Penkum", "Kapuspenkum": "Kapuspenkum",
    "Kapuspen": "Kapuspen", "Tenaga Ahli": "Tenaga Ahli", "Tenaga Ahli Utama": "Tenaga Ahli Utama",
    "Deputi": "Deputi", "Asisten Deputi": "Asisten Deputi",
    "Manajer": "Manajer", "Manager": "Manajer", "Kepala Biro": "Kepala Biro", "Karo": "Kepala Biro", "Kapolsek Metro": "Kapolsek Metro",
}  # fmt: skip

# --------------------------------------------------------------------------------------
# Not offices
# --------------------------------------------------------------------------------------

#: Words right before a title that make it generic or plural (``tiga gubernur``).
PLURAL_BLOCKERS: frozenset[str] = frozenset({
    "para", "seluruh", "semua", "sejumlah", "beberapa", "setiap", "tiap", "segenap",
    "antar", "sesama", "banyak", "berbagai", "kalangan", "jajaran", "oknum", "sekelompok",
    "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "belasan", "puluhan", "ratusan", "ribuan", "sebelas", "kedua", "ketiga", "masing-masing",
    "seorang", "salah", "sebagian", "mayoritas", "sebanyak",
})  # fmt: skip

#: Words right before a title that make it the post in the abstract (an election, a
#: seat): ``pemilihan gubernur``, ``kursi Wali Kota``, ``Pilkada Bupati``.
ABSTRACT_BEFORE: frozenset[str] = frozenset({
    "pemilihan", "Pemilihan", "pilkada", "Pilkada", "pencalonan", "kursi", "bursa",
    "Pilgub", "Pilbup", "Pilwalkot", "kontestasi", "lowong", "kekosongan",
})  # fmt: skip

#: Words right after a title that make it generic (``kepala daerah``, ``Kepala OPD``).
GENERIC_AFTER: frozenset[str] = frozenset({
    "daerah", "OPD", "SKPD", "perangkat", "dinas", "instansi", "lembaga", "desa-desa",
    "se-Indonesia", "se-Jawa", "terpilih", "dan/atau", "atau", "dinas-dinas", "negara",
})  # fmt: skip

#: Generic phrases that look like titles but name no post.
GENERIC_TITLES: tuple[str, ...] = (
    "kepala daerah", "wakil kepala daerah", "pejabat", "pejabat daerah", "aparatur",
    "aparatur sipil negara", "pimpinan daerah", "kepala OPD", "kepala perangkat daerah",
    "kepala SKPD", "kepala dinas terkait",
)  # fmt: skip

#: Roles and professions that are not offices (ANNOTATION.md).
NOT_OFFICES: tuple[str, ...] = (
    "jaksa", "JPU", "jaksa penuntut umum", "hakim", "majelis hakim", "ketua majelis hakim",
    "hakim ketua", "penyidik", "penyelidik", "PNS", "ASN", "ahli forensik", "wartawan",
    "jurnalis", "polisi", "petugas", "anggota polisi", "personel", "prajurit", "pengacara",
    "kuasa hukum", "advokat", "saksi", "saksi ahli", "dokter", "guru", "dosen", "pegawai",
    "karyawan", "honorer", "relawan", "tersangka", "terdakwa", "pelaku", "korban",
)  # fmt: skip

#: Sections of an organisation that ``Ketua``/``Anggota`` must not take as an office.
NOT_OFFICE_BODIES: frozenset[str] = frozenset({"Majelis Hakim", "Majelis", "RT", "RW", "Panitia"})

#: ``Majelis`` is a panel of judges, whose chair is a role (``ketua majelis hakim``), when
#: a court word follows it (``Majelis Pengadilan Tipikor Jakarta``); other councils named
#: Majelis are bodies with offices (``Ketua Majelis Kehormatan Mahkamah Konstitusi``,
#: ``Ketua Majelis Ulama Indonesia``).
JUDGES_PANEL_WORDS: frozenset[str] = frozenset({"Hakim", "Pengadilan", "PN", "Tipikor", "Persidangan", "Sidang"})

#: Ordinals written right after a title belong to the office span: ``Presiden kelima
#: RI``, ``Presiden Keenam RI``, ``Presiden ke-7``, ``Wakil Presiden ke-13`` (also
#: ``ke 7`` and ``ke7``, matched by pattern in the office grammar).
TITLE_ORDINAL_WORDS: frozenset[str] = frozenset({
    "pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan",
    "kesembilan", "kesepuluh", "kesebelas", "keduabelas", "kedua belas", "ketiga belas",
    "keempat belas",
})  # fmt: skip

#: Buildings named after a post: a title right after one of these is part of a PLACE
#: (``Pendopo Gubernur Banten``, ``Kantor Bupati Karawang``), and trophies named after one
#: (``Piala Presiden``) are no post at all.
BUILDING_BEFORE_TITLE: frozenset[str] = frozenset({
    "Pendopo", "Pendapa", "Kantor", "Rumah Dinas", "Rumah Jabatan", "Rujab", "Rumdin",
    "Gedung", "Istana", "Wisma", "Aula", "Balai", "Mes", "Mess", "Kediaman", "Markas",
    "Lapangan", "Halaman", "Piala", "piala", "Cup",
})  # fmt: skip
#: The same buildings in lowercase are common nouns: the capitalised title after them is
#: the post itself (``di kediaman Presiden kelima RI itu``, ``rumah jabatan Gubernur Rudy
#: Mas'ud``, as in ANNOTATION.md's ``kantor Kecamatan Ciemas``); only a lowercase title
#: after them (``rumah dinas bupati``) is no specific post.
LOWERCASE_BUILDING_BEFORE_TITLE: frozenset[str] = frozenset({
    "pendopo", "pendapa", "kantor", "rumah dinas", "rumah jabatan", "rujab", "rumdin",
    "gedung", "istana", "wisma", "aula", "kediaman", "lapangan", "halaman",
})  # fmt: skip
# Law names (``Peraturan Menteri PU``, ``Keputusan Menteri BUMN``) are not here: there is
# no LAW label, so the office inside one is tagged on its own (ANNOTATION.md, "Decisions
# on hard cases"; all four such cases in our gold sets tag it).

#: Words before a lowercase bare title that make it one specific post (``kata bupati``,
#: ``menurut gubernur``), and words after it (``bupati menegaskan``).
SPEECH_BEFORE: frozenset[str] = frozenset({
    "kata", "ujar", "ucap", "tutur", "jelas", "tegas", "imbuh", "sebut", "pinta", "harap",
    "lanjut", "papar", "terang", "katanya", "menurut", "ungkap", "beber", "tandas", "pesan",
    "mewakili", "didampingi", "oleh", "dari", "bersama", "kepada", "pak", "bu",
})  # fmt: skip
#: Words before a lowercase bare title that make it the post of a person named earlier in
#: the sentence (``Erick Thohir sebagai cawapres``, ``mengantarkan Jokowi menjadi
#: presiden``).
POST_CUES_BEFORE_LOWERCASE: frozenset[str] = frozenset({
    "sebagai", "selaku", "menjadi", "jadi", "menjabat",
})  # fmt: skip
SPEECH_AFTER: frozenset[str] = frozenset({
    "mengatakan", "menegaskan", "menyampaikan", "menjelaskan", "meminta", "mengungkapkan",
    "menambahkan", "menyebut", "menyebutkan", "berharap", "mengimbau", "menekankan",
    "memastikan", "mengapresiasi", "mengajak", "menilai", "juga", "pun", "sendiri",
    "langsung", "telah", "sudah", "akan", "tersebut", "itu", "menginstruksikan",
})  # fmt: skip

COMPANY_POSTS: frozenset[str] = frozenset({
    "Direktur", "Direktur Utama", "Wakil Direktur Utama", "Direktur Keuangan",
    "Direktur Bisnis", "Direktur Operasional", "Direktur Eksekutif", "Komisaris",
    "Komisaris Utama", "Komisaris Independen",
})  # fmt: skip
"""Posts of a company's board that name one post without the company's name, in an
article about that company: ``Direktur Utama``, ``Direktur Transformasi Bisnis``,
``Direktur SDM dan Umum`` (the portfolio words join the title)."""

#: Bare titles that, in one article, name one specific post even when the article has
#: not named it in full (``Gubernur juga memaparkan …``).
BARE_SINGLE_POSTS: frozenset[str] = frozenset({
    "Gubernur", "Wakil Gubernur", "Bupati", "Wakil Bupati", "Wali Kota", "Wakil Wali Kota",
    "Sekretaris Daerah", "Camat", "Lurah", "Kepala Desa", "Kapolda", "Wakapolda", "Kapolres",
    "Wakapolres", "Kapolresta", "Kapolrestabes", "Kapolsek", "Kajati", "Kajari", "Pangdam",
    "Danrem", "Dandim", "Danramil", "Rektor", "Kalapas", "Kepala Sekolah", "Keuchik",
    "Wali Nagari", "Presiden", "Wakil Presiden", "Menteri", "Wakil Menteri",
})  # fmt: skip

#: Every one-word title above (``Dirjen``, ``Kapolres``, ``Bupati``): never a name.
TITLE_WORDS: frozenset[str] = frozenset(
    form for table in (REGION_TITLES, NATIONAL_TITLES, ORG_TITLES, SUBUNIT_TITLES, MINISTER_SHORT_FORMS, MINISTER_HEADS)
    for form in table if " " not in form
)
