"""The OFFICE recognizer: titles (jabatan) with their jurisdiction.

Grammar (word lists in :mod:`beritaner.lang.id.offices`; organisations read with the
ORG grammar of :mod:`beritaner.recognizers.orgs`)::

    OFFICE := [FLAG] [ACTING] TITLE JURISDICTION? [ "(" ALIAS ")" ]
    FLAG   := mantan | eks | calon | bakal calon …     (outside the span, flagged)
    ACTING := Plt. | Pj | Plh | Pelaksana Tugas (Plt) … (inside the span)

and the jurisdiction by the title's kind:

* region titles take a region: ``Gubernur Banten``, ``Kapolres Sukabumi``,
  ``Dandim 0621/Kabupaten Bogor`` → jurisdiction ``Banten`` …
* national titles stand alone: ``Presiden``, ``Kapolri``, ``Panglima TNI``;
  ``Presiden Amerika Serikat`` takes a country;
* ministers take a portfolio: ``Menteri Dalam Negeri``; ``Mendagri`` is the same
  office. Title ``Menteri Dalam Negeri``, jurisdiction ``Kementerian Dalam Negeri``
  (the organisation, so that it can be linked to the ORG of that name);
* organisation titles need an organisation: ``Ketua DPRD Bantaeng`` (jurisdiction
  ``DPRD Bantaeng``), ``Kepala Dinas Kesehatan Kabupaten Bogor`` (title
  ``Kepala Dinas``, jurisdiction ``Dinas Kesehatan Kabupaten Bogor``);
* unit titles take a section, then an organisation: ``Kasat Reskrim Polres Malang``
  (title ``Kasat Reskrim``, jurisdiction ``Polres Malang``).

Where the jurisdiction ends is where the region or organisation grammar ends: at the
longest region name the gazetteer knows for the title's level, at a rank or
honorific, or at a person's name — so ``Gubernur Banten Andra Soni`` gives
``Gubernur Banten``.

Bare titles (``Gubernur juga memaparkan``, lowercase ``kata bupati``) are read after a
first pass over the article: a bare title whose post the article names in full scores
0.88 (and takes that jurisdiction when only one is named); a capitalised bare title
of a single post (``Bupati``, ``Kapolres``) scores 0.75; a lowercase one is proposed
(0.7) only when the article also uses the title capitalised. Generic and plural uses
(``para camat``, ``tiga gubernur``, ``Bupati/Wali Kota se-Jawa Barat``), titles inside
building names (``Pendopo Gubernur Banten``) and roles (``jaksa``, ``hakim``) are
not offices.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import Candidate, candidates_of
from ..lang.id import offices as L
from ..lang.id import orgs as LO
from ._base import Recognizer
from .orgs import PORTFOLIO, SUBUNIT_HEADS, descriptive_body, is_descriptive_word, parse_alias, parse_org
from .scan import ACRONYM, STOP_WORDS, PhraseList, Words, parse_region, register_leads

# ----------------------------------------------------------------------------- lexicon
_KINDS: dict[str, tuple[str, object]] = {}


def _add(forms, kind: str) -> None:
    for form, entry in forms.items():
        _KINDS.setdefault(" ".join(form.split()).lower(), (kind, (form, entry)))


# longer, more specific tables first (setdefault keeps the first)
_add(L.MINISTER_SHORT_FORMS, "minister_short")
_add(L.NATIONAL_TITLES, "national")
_add(L.CANDIDATE_TITLES, "candidate")
_add(L.SUBUNIT_TITLES, "subunit")
_add(L.REGION_TITLES, "region")
_add(L.MINISTER_HEADS, "minister")
_add(L.ORG_TITLES, "org")


def _title_pattern() -> PhraseList:
    """Every title form (one space between words), in any case, as a :class:`PhraseList`:
    the longest at a word's start, not followed by a letter, a digit or ``-`` and a
    letter."""
    forms = {" ".join(f.split()) for tbl in (L.MINISTER_SHORT_FORMS, L.NATIONAL_TITLES, L.CANDIDATE_TITLES,
                                             L.SUBUNIT_TITLES, L.REGION_TITLES, L.MINISTER_HEADS, L.ORG_TITLES)
             for f in tbl}
    pattern = PhraseList(forms, ignore_case=True, hyphen_ends=False)
    register_leads(pattern, forms)
    return pattern


_TITLE = _title_pattern()
_ACTING_SHORT = "|".join(L.ACTING_SHORT_FORMS)
_ACTING_LONG = "|".join(r"\s+".join(f.split()) for f in L.ACTING_LONG_FORMS)
_ACTING = regex.compile(
    rf"(?:(?<![\p{{L}}\p{{N}}])(?:{_ACTING_SHORT})\.?"
    rf"|(?<![\p{{L}}\p{{N}}])(?:{_ACTING_LONG})"
    rf"(?:\s*\(\s*(?:{_ACTING_SHORT})\.?\s*\))?)\s*$",
    regex.IGNORECASE,
)
_FLAG = regex.compile(
    r"(?<![\p{L}\p{N}])(?:(?P<former>%s)|(?P<cand>%s))[\s\-]+$"
    % ("|".join(L.FORMER_FLAGS), "|".join(regex.escape(f).replace(r"\ ", r"\s+") for f in L.CANDIDATE_FLAGS)),
    regex.IGNORECASE,
)
_RI_AFTER = regex.compile(r"\s+(?:RI|Republik\s+Indonesia|Indonesia)(?![\p{L}\p{N}])")
_SE = regex.compile(r"\s*(?:se-|se\s|/\s*\p{L})", regex.IGNORECASE)
def _words_before(phrases) -> regex.Pattern:
    return regex.compile(
        r"(?<![\p{L}\p{N}])(?:%s)\s+$" % "|".join(
            r"\s+".join(regex.escape(w) for w in b.split()) for b in sorted(phrases, key=len, reverse=True)
        )
    )


_BUILDING_BEFORE = _words_before(L.BUILDING_BEFORE_TITLE)
_LOWERCASE_BUILDING_BEFORE = _words_before(L.LOWERCASE_BUILDING_BEFORE_TITLE)
_BLOCK_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:%s|salah\s+satu|satu|se)[\s\-]+$" % "|".join(sorted(L.PLURAL_BLOCKERS, key=len, reverse=True)),
    regex.IGNORECASE,
)
_ABSTRACT_BEFORE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:%s)\s+(?:calon\s+)?$" % "|".join(sorted(L.ABSTRACT_BEFORE, key=len, reverse=True))
)
_COUNTRY_LEVELS = ("negara",)
#: capitals after an organisation title that are no organisation (``Ketua RT``)
_NOT_BODY_ACRONYMS = frozenset({
    "RT", "RW", "PKK", "OPD", "SKPD", "ASN", "PNS", "TNI-Polri", "RI", "DKI", "UMKM", "RSUD",
    "SMA", "SMP", "SMK", "SD", "MA", "MTs", "TK", "PAUD", "UPT", "UPTD", "BUMN", "BUMD",
    "SDM", "SDA", "TI", "IT", "HR", "HRD", "CSR",  # a board post's portfolio, not a body
}) | frozenset(
    LO.REGION_ABBREVIATIONS
)
_UNIT_NUMBER = regex.compile(r"[\p{N}]{1,5}(?:-[\p{N}]{1,3})?|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
_ROMAN = regex.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
_MEMBER_PREFIX = tuple(sorted(L.MEMBER_BODIES, key=len, reverse=True))

#: titles that read a number/slash unit after them (``Dandim 0621/Kabupaten Bogor``)
_NUMBERED_UNITS = frozenset({
    "Pangdam", "Kasdam", "Danrem", "Dandim", "Danramil", "Danlanal", "Danlanud",
    "Danlantamal", "Danyon", "Danyonif", "Dansat", "Pangkoarmada", "Pangkogabwilhan",
    "Danpomdam", "Kalapas", "Karutan",
})  # fmt: skip


# ----------------------------------------------------------------------------- matches
@dataclass
class _Office:
    start: int  # character offsets
    end: int
    title: str
    jurisdiction: str | None
    acting: bool = False
    former: bool = False
    candidate: bool = False
    aliases: list[str] = field(default_factory=list)
    kind: str = ""
    bare: bool = False
    lowercase: bool = False
    score: float = 0.9


def _region_jurisdiction(t: Words, j: int, title: str, levels: tuple[str, ...]) -> tuple[int, str] | None:
    """Region (or numbered unit) after a region title."""
    if j >= t.n or not t.gap_ok(j):
        return None
    w = t.w(j)
    if title in _NUMBERED_UNITS and _UNIT_NUMBER.fullmatch(w):
        k = j + 1
        if t.w(k) == "/" and t.cap(k + 1):
            k += 2
            reg = parse_region(t, k, levels + ("kabupaten", "kota"))
            if reg is not None:
                k = reg[0]
            else:
                while t.cap(k) and t.gap_ok(k) and not t.is_person_start(k) and k - j < 5 and t.w(k) not in STOP_WORDS:
                    k += 1
                k = min(k, t.name_cut(j + 2, k))
        return k, t.span(j, k)
    if w == "Metro" and t.cap(j + 1):  # Kapolda Metro Jaya, Kapolres Metro Jakarta Selatan
        if t.w(j + 1) == "Jaya":
            return j + 2, t.span(j, j + 2)
        reg = parse_region(t, j + 1, ("kota", "kabupaten"))
        if reg is not None:
            return reg[0], t.span(j, reg[0])
    if w == "Jaya" and title in ("Pangdam", "Kasdam", "Kodam"):
        return j + 1, "Jaya"
    if w == "Kelas" and title in ("Kalapas", "Karutan") and _ROMAN.fullmatch(t.w(j + 1)[:3].rstrip("ABC") or "-"):
        k = j + 2
        reg = parse_region(t, k, ("kabupaten", "kota", "kecamatan", "provinsi"))
        k = reg[0] if reg else k
        return k, t.span(j, k)
    reg = parse_region(t, j, levels)
    if reg is None and levels == ("provinsi",):
        reg = parse_region(t, j, ("provinsi", "kota", "kabupaten"))
    if reg is None:
        return None
    k, name = reg
    if t.w(k) == "Kota" and title.startswith(("Kapolres", "Wakapolres")) and (not t.cap(k + 1) or t.is_person_start(k + 1)):
        k += 1  # Kapolres Sukabumi Kota
        name = t.span(j, k)
    return k, name


def _section(t: Words, j: int) -> int:
    """End of a unit's section name (``Reskrim``, ``Pidana Khusus``, ``Penkum``).

    Any capitalised words (up to four) when an organisation follows them; otherwise
    only descriptive words.
    """
    k = j
    if t.w(k) in L.SECTION_LINK_WORDS and t.cap(k + 1) and t.gap_ok(k + 1):
        k += 1  # Deputi bidang Koordinasi …, Juru Bicara bidang Pencegahan KPK
    while k < t.n and k - j < 8 and t.cap(k) and t.gap_ok(k) and not t.is_person_start(k):
        org = parse_org(t, k)
        if org is not None and org.head not in SUBUNIT_HEADS:
            return k
        if t.w(k + 1) == "(" and parse_org(t, parse_alias(t, k + 1, j)[0] if parse_alias(t, k + 1, j) else k + 1):
            return k + 1
        k += 1
        if t.w(k) in ("dan", "&") and t.cap(k + 1):
            k += 1
    k = j
    while k < t.n and k - j < 5 and t.gap_ok(k) and is_descriptive_word(t, k):
        if parse_org(t, k) is not None:
            break
        k += 1
    return k


#: A board post without its company's name fills gaps only (the model or a fuller span
#: outranks it), unless a word that names a post stands before it (``sebagai Direktur
#: Utama``): then it is certain.
COMPANY_POST_SCORE = 0.8
COMPANY_POST_SCORE_NAMED = 0.86
_POST_CUE_BEFORE = regex.compile(r"(?<![\w-])(?:sebagai|selaku|menjadi|menjabat|jabatan)[ \t]+$", regex.I)


def _portfolio_words(t: Words, j: int, *, named_before: bool = False) -> int:
    """End of a board post's portfolio (``Transformasi Bisnis``, ``SDM dan Umum``,
    ``Supply Chain``): up to five capitalised words on the line, joined by ``dan`` or
    ``&``, stopping where a person's name begins. ``named_before``: the holder is named
    before the post (``Edi sebagai Direktur Retail dan Niaga``), so a name can only
    begin the next item of a list (``… dan Bob Indiarto selaku …``)."""
    k = j
    while k < t.n and k - j < 5 and t.cap(k) and t.gap_ok(k) and not t.is_person_start(k) and t.w(k) not in STOP_WORDS:
        k += 1
        if t.w(k) in ("dan", "&") and t.cap(k + 1) and t.gap_ok(k + 1):
            k += 1
    if t.w(k - 1) in ("dan", "&"):
        k -= 1
    cut = t.name_cut(j, k, min_keep=0) if k > j else j
    if not named_before or t.w(cut - 1) in ("dan", "&"):
        k = cut
    while k > j and t.w(k - 1) in ("dan", "&"):
        k -= 1  # Direktur Transformasi Bisnis dan | Bob Indiarto …: the name took the rest
    return k


def _portfolio(t: Words, j: int) -> tuple[int, str] | None:

    p = t.phrase(PORTFOLIO, j)
    if p is not None:
        return p[0], " ".join(p[1].split())
    # an unlisted portfolio: capitalised descriptive words (``Menteri Perumahan Rakyat``)
    k = j
    while k < t.n and is_descriptive_word(t, k) and t.gap_ok(k) and k - j < 8:
        k += 1
        if t.w(k) in ("dan", ",") and is_descriptive_word(t, k + 1):
            k += 1
    if k > j:
        return k, t.span(j, k)
    return None


def _is_member_body(name: str) -> bool:
    return name.startswith(_MEMBER_PREFIX)


#: A body the knowledge does not list, written between a title and its holder, fills
#: gaps (the model or a known organisation outranks it): ``CEO Pandawa Agri Indonesia,
#: Kukuh Roxa Putra``, ``Kepala Daker Madinah, Muhammad Luthfi Makki``.
UNLISTED_BODY_SCORE = 0.86
_UNLISTED_BODY_MAX_WORDS = 8


def _name_at(t: Words, k: int) -> bool:
    """A person's name (or a rank before one) starts at word ``k``."""
    return k in t.person_starts or t.is_person_start(k)


def _unlisted_body(t: Words, j: int, *, person: bool = False) -> int | None:
    """End of a capitalised body name from word ``j`` that a holder's name follows,
    directly or after a comma; None unless a name follows. ``person``: the body is a
    person or a post (``Juru Bicara Anies Baswedan, Surya Tjandra``, ``Juru Bicara Wakil
    Presiden Masduki Baidlowi``), so the run may start with a name and hold a title."""
    k = j
    while k < t.n and k - j < _UNLISTED_BODY_MAX_WORDS and t.gap_ok(k):
        if _name_at(t, k) and not (person and k == j):
            break
        w = t.w(k)
        if t.cap(k) and w not in STOP_WORDS and (person or w not in L.TITLE_WORDS):
            k += 1
        elif w in ("dan", "&", "-") and k > j and t.cap(k + 1):
            k += 1
        elif (al := parse_alias(t, k, j)) is not None and k > j:
            k = al[0]
        else:
            break
    if k == j or t.w(k - 1) in ("dan", "&", "-"):
        return None
    if _name_at(t, k) or (t.w(k) == "," and _name_at(t, k + 1)):
        return k
    return None


def _norm_title(kind: str, entry: object) -> str:
    if kind in ("region", "national", "minister_short"):
        return str(entry[0])  # type: ignore[index]
    return str(entry)


_ORDINAL_NUMBER = regex.compile(r"(?i:ke)-?\d{1,2}")


def _is_ordinal(t: Words, j: int) -> bool:
    word = t.w(j)
    return word.lower() in L.TITLE_ORDINAL_WORDS or bool(_ORDINAL_NUMBER.fullmatch(word))


def _constituency(t: Words, j: int) -> int | None:
    """End of the electoral district named at ``j`` after ``Dapil``: a region (``Maluku``,
    ``Jawa Barat``), a roman numeral, or both (``Jabar II``)."""
    if j >= t.n or not t.gap_ok(j):
        return None
    region = parse_region(t, j, ("provinsi", "kabupaten", "kota"))
    k = region[0] if region is not None else j
    if k < t.n and t.gap_ok(k) and _ROMAN.fullmatch(t.w(k)):
        k += 1
    return k if k > j else None


def _posted_to(t: Words, k: int) -> tuple[int, str | None] | None:
    """``(RI) untuk Jepang`` after an envoy's title: (the index after it, the sending
    state when written here)."""
    j = k
    sender = None
    if j < t.n and t.gap_ok(j) and t.w(j) in ("RI", "Indonesia"):
        sender = "Indonesia"
        j += 1
    if j < t.n and t.gap_ok(j) and t.w(j) in L.ENVOY_POST_WORDS and t.gap_ok(j + 1):
        place = parse_region(t, j + 1, _COUNTRY_LEVELS)
        if place is not None:
            return place[0], sender
    return None


def _read(t: Words, m: regex.Match, plural: set[str]) -> _Office | None:
    """One title match → an office (or None when the context says it is none)."""
    s, e = m.span()
    i0 = t.by_start.get(s)
    last = t.by_end.get(e)
    if i0 is None or last is None:
        return None
    j = last + 1
    written = m.group()
    key = " ".join(written.split()).lower()
    kind, (form, entry) = _KINDS[key]
    lowercase = written[0].islower()
    if lowercase and (form.isupper() or len(form) < 4):
        return None  # ``pm``, ``gm``: not titles in lowercase
    if not lowercase and any(w[:1].islower() for w in written.split()[1:]):
        return None  # ``Juru bicara``: a common noun at a sentence start, not a title
    text = t.text
    before = text[max(0, s - 60) : s]

    # acting prefix (inside the span)
    start = s
    acting = False
    am = _ACTING.search(before)
    if am is not None:
        acting = True
        start = s - (len(before) - am.start())
        before = text[max(0, start - 60) : start]
    # plural, generic and building contexts
    if _BLOCK_BEFORE.search(before):
        plural.add(_norm_title(kind, entry))
        return None
    if _BUILDING_BEFORE.search(before) or _ABSTRACT_BEFORE.search(before):
        return None
    if lowercase and _LOWERCASE_BUILDING_BEFORE.search(before):
        return None
    if _SE.match(text, e) or before.rstrip().endswith("/"):
        return None
    fl = _FLAG.search(before)
    former = bool(fl and fl.group("former"))
    candidate = bool(fl and fl.group("cand"))

    title = ""
    jur: str | None = None
    ordinal = ""
    if j < t.n and t.gap_ok(j) and _is_ordinal(t, j):
        ordinal = t.w(j)  # Presiden kelima RI, Presiden ke-7: another post than Presiden RI
        j += 1
    end_word = j
    score = 0.92
    bare = False
    inner_alias: list[str] = []
    if kind in ("region", "national", "minister", "org") and j < t.n:
        # Kepala Kejaksaan Negeri (Kajari) Lombok Timur, Wakil Menteri (Wamen) Sekretaris
        # Negara, Chief Operating Officer (COO) Danantara
        al = parse_alias(t, j, i0)
        if al is not None and t.cap(al[0]) and t.gap_ok(al[0]):
            inner_alias.append(al[1])
            j = al[0]
    if kind == "region":
        title, levels = entry  # type: ignore[misc]
        jr = _region_jurisdiction(t, j, title, tuple(levels))
        if jr is None and title in L.BODY_THEN_REGION_TITLES and j < t.n and t.gap_ok(j):
            body = parse_org(t, j)  # Kakanwil Kemenkum Jatim
            if body is not None and body.score > 0:
                reg = parse_region(t, body.end, tuple(levels)) if t.gap_ok(body.end) else None
                jr = (reg[0], t.span(j, reg[0])) if reg is not None else (body.end, body.name)
        if jr is None and inner_alias:
            j = last + 1
            inner_alias = []
        if jr is not None:
            end_word, jur = jr
        else:
            bare = True
    elif kind == "candidate":
        title = entry  # type: ignore[assignment]
        candidate = True
        levels = L.REGION_TITLES.get(title, (title, ("provinsi", "kabupaten", "kota")))[1]
        jr = _region_jurisdiction(t, j, title, tuple(levels) or ("provinsi", "kabupaten", "kota"))
        if jr is not None:
            end_word, jur = jr
        else:
            bare = True
    elif kind == "national":
        title, jur = entry  # type: ignore[misc]
        score = 0.87
        if title in L.COUNTRY_TITLES:
            c = parse_region(t, j, _COUNTRY_LEVELS) if j < t.n and t.gap_ok(j) else None
            if c is not None:
                end_word, jur = c
                score = 0.92
            elif form == "PM":
                return None
        if title in L.ENVOY_TITLES:
            posted = _posted_to(t, end_word)
            if posted is not None:  # Duta Besar RI untuk Jepang: the sending state's post
                end_word, jur = posted[0], jur or posted[1]
                score = 0.92
        if jur is None and title in L.COUNTRY_TITLES:
            bare = True
    elif kind == "minister_short":
        title, portfolio = entry  # type: ignore[misc]
        jur = "Kementerian " + portfolio
        score = 0.9
    elif kind == "minister":
        head = entry
        p = _portfolio(t, j) if j < t.n and t.gap_ok(j) else None
        if p is None:
            title = str(head)
            bare = True
        else:
            end_word, portfolio = p
            title = f"{head} {portfolio}"
            if head == "Menteri Koordinator" and not portfolio.startswith("Bidang"):
                portfolio = "Koordinator " + portfolio
            elif head == "Menteri Koordinator":
                portfolio = "Koordinator " + portfolio
            jur = "Kementerian " + portfolio
            score = 0.92
    elif kind in ("org", "subunit"):
        title = str(entry)
        if _ROMAN.fullmatch(t.w(j)) and t.gap_ok(j) and t.cap(j + 1):
            title = f"{title} {t.w(j)}"  # Wakil Ketua II DPRD, Wakil Rektor I Unila
            j += 1
        section_end = j
        if kind == "subunit":
            section_end = _section(t, j)
            if section_end > j:
                title = f"{title} {t.span(j, section_end)}"
            al = parse_alias(t, section_end, i0) if section_end > j else None
            if al is not None:  # Asisten Pidana Khusus (Aspidsus) Kejati Riau
                inner_alias.append(al[1])
                section_end = al[0]
        org = None
        if section_end < t.n and t.gap_ok(section_end):
            if form in L.HEAD_ABBREVIATIONS:
                org = descriptive_body(t, section_end, section_end, L.HEAD_ABBREVIATIONS[form])
            else:
                org = parse_org(t, section_end)
        if (org is None or org.score <= 0) and kind == "org" and form not in L.HEAD_ABBREVIATIONS:
            # a section, then the body: Dirjen Pajak Kemenkeu, Direktur Operasional PT KAI
            k = _section(t, j)
            parent = parse_org(t, k) if j < k < t.n and t.gap_ok(k) else None
            if parent is not None and parent.score > 0 and parent.head not in SUBUNIT_HEADS:
                title = f"{title} {t.span(j, k)}"
                org = parent
                section_end = k
        if (org is None or org.score <= 0) and form in L.TITLE_BODY_FOLDS and section_end < t.n and t.gap_ok(section_end):
            # ``Direktur Jenderal Industri Kecil, Menengah, dan Aneka (IKMA)``: the title
            # heads the body its own words name (the Direktorat Jenderal of that field)
            org = descriptive_body(t, section_end, section_end, L.TITLE_BODY_FOLDS[form])
            folded = org is not None
            if org is not None and not org.aliases:
                cut = t.name_cut(section_end, org.end)  # … Kesehatan Hewan Agung Suganda
                if cut < org.end:
                    org.end, org.name = cut, " ".join(t.span(section_end, cut).split())
        else:
            folded = False
        if org is not None and org.score > 0:
            name = org.name
            if form in L.HEAD_ABBREVIATIONS:
                name = f"{L.HEAD_ABBREVIATIONS[form]} {name}"
            elif folded:
                name = f"{L.TITLE_BODY_FOLDS[form]} {name}"
            if name in L.NOT_OFFICE_BODIES or (org.head in L.NOT_OFFICE_BODIES and _not_a_council(name, org.head)):
                return None
            if title in ("Anggota",) and not _is_member_body(name):
                return None
            if title in ("Kepala", "Wakil Kepala") and org.head in L.HEAD_FOLDS:
                title = f"{title} {org.head}"
            if org.kind == "body" and org.head == "Dewan" and name == "Dewan":
                score = 0.8
            jur = name
            end_word = org.end
        elif kind == "subunit" and section_end > j:
            end_word = section_end
            score = 0.8
        elif (
            kind == "org" and not lowercase and section_end < t.n and t.gap_ok(section_end)
            and ACRONYM.fullmatch(t.w(section_end)) and t.w(section_end) not in _NOT_BODY_ACRONYMS
            and (title != "Anggota" or _is_member_body(t.w(section_end)))
        ):
            jur = t.w(section_end)  # an organisation known by its acronym only: Rektor UPR
            end_word = section_end + 1
            score = 0.88
        elif title in L.BARE_SINGLE_POSTS:
            bare = True
        elif kind == "org" and title in L.COMPANY_POSTS and (not lowercase or _POST_CUE_BEFORE.search(before)):
            # (in lowercase only after a cue: ``N sebagai komisaris``)
            end_word = _portfolio_words(t, j, named_before=bool(_POST_CUE_BEFORE.search(before)))
            if end_word > j:
                title = f"{title} {t.span(j, end_word)}"
            score = COMPANY_POST_SCORE_NAMED if _POST_CUE_BEFORE.search(before) else COMPANY_POST_SCORE
        elif (
            not lowercase and j < t.n and t.gap_ok(j)
            and (body_end := _unlisted_body(t, j, person=title in L.PERSON_SERVING_TITLES)) is not None
        ):
            jur = t.span(j, body_end)
            end_word = body_end
            score = UNLISTED_BODY_SCORE
        else:
            # ``Ketua``, ``Kepala``, ``Anggota`` alone name no post
            return None
    else:  # pragma: no cover - every kind is handled above
        return None

    # ``Presiden RI``, ``Menteri Keuangan RI``
    end = t.ends[end_word - 1]
    ri = _RI_AFTER.match(text, end)
    if ri is not None and kind in ("national", "minister", "minister_short"):
        end = ri.end()
        end_word = t.by_end.get(end, end_word - 1) + 1
    if jur is not None and end_word < t.n and t.w(end_word) in L.CONSTITUENCY_WORDS and t.gap_ok(end_word):
        seat = _constituency(t, end_word + 1)  # Anggota DPR RI Dapil Maluku, Dapil Jabar II
        if seat is not None:
            end_word = seat
            end = t.ends[end_word - 1]
    aliases: list[str] = list(inner_alias)
    al = parse_alias(t, end_word, i0) or _candidate_short_form(t, end_word, title)
    if al is not None and t.starts[end_word] - end <= 1:
        aliases.append(al[1])
        end = t.ends[al[0] - 1]
        candidate = candidate or al[1].capitalize() in L.CANDIDATE_TITLES
        if kind in ("org", "subunit") and jur is not None:
            rest = _after_own_short_form(t, al[0])
            if rest is not None:  # Kepala Dinas Pendidikan (Kadisdik) Banten
                end, jur = t.ends[rest[0] - 1], f"{jur} {rest[1]}"
    if ordinal:
        title = f"{title} {ordinal}"
    off = _Office(start, end, title, jur, acting, former, candidate, list(dict.fromkeys(aliases)), kind, bare, lowercase, score)
    if lowercase and not bare:
        off.score = min(score, 0.86)
    return off


def _not_a_council(name: str, head: str) -> bool:
    """Whether a body headed by one of :data:`NOT_OFFICE_BODIES` is no council with
    offices: every such head but ``Majelis``, and a ``Majelis`` of judges."""
    if head != "Majelis":
        return True
    rest = name[name.find(head) + len(head) :].split()
    return not rest or rest[0] in L.JUDGES_PANEL_WORDS


def _after_own_short_form(t: Words, i: int) -> tuple[int, str] | None:
    """The region or the parent body that goes on a body's name after the post's own
    short form in parentheses (``Kepala Dinas Pendidikan (Kadisdik) Banten``, ``Kepala
    Pusat Penerangan (Kapuspen) TNI``): (index after, its text), or None."""
    if i >= t.n or not t.gap_ok(i) or not t.cap(i):
        return None
    region = parse_region(t, i, ("provinsi", "kabupaten", "kota"))
    if region is not None:
        return region
    parent = parse_org(t, i)
    if parent is not None and parent.score > 0 and parent.end == i + 1 and ACRONYM.fullmatch(t.w(i)):
        return parent.end, t.w(i)  # a body known by its acronym: TNI, Polri, Kemenkes
    return None


def _candidate_short_form(t: Words, i: int, title: str) -> tuple[int, str] | None:
    """``(capres)`` at word ``i`` after the post it is a candidate for, in any case:
    ``presiden (capres)``, ``Presiden (Bacapres)``: the short form of ``calon presiden``
    is the alias of the post (the echo test of :func:`parse_alias` cannot see it)."""
    if t.w(i) != "(" or t.w(i + 2) != ")":
        return None
    form = t.w(i + 1)
    if L.CANDIDATE_TITLES.get(form.capitalize(), "").lower() != title.lower():
        return None
    return i + 3, form


#: an active verb after a lowercase title makes it the subject: ``bupati mengingatkan``
_ACTIVE_VERB = regex.compile(r"(?:me|ber)\p{Ll}{3,}")
_LIST_GAP = regex.compile(r"\s*(?:,\s*(?:dan|serta|atau)?|/|&|dan|serta|atau)\s*", regex.IGNORECASE)


def _named_after(t: Words, end: int) -> bool:
    """A person (as the statistical model saw one) is named right after ``end``, past an
    acronym in parentheses, a capitalised body (``Koalisi Indonesia Maju (KIM)``) and a
    comma, on the same line."""
    i = t.by_start.get(next((s for s in t.starts if s >= end), -1))
    if i is None:
        return False
    for _ in range(12):
        if i >= t.n or not t.gap_ok(i) or t.starts[i] - end > 80:
            return False
        if i in t.person_starts:
            return True
        if t.w(i) == "(":  # an acronym or a short form in parentheses: passed over
            close = next((k for k in range(i + 1, min(t.n, i + 6)) if t.w(k) == ")"), None)
            if close is None:
                return False
            i = close + 1
            continue
        if not (t.cap(i) or t.w(i) in (",", "dari")):
            return False
        i += 1
    return False


def _post_of_named(t: Words, start: int, before: list[str]) -> bool:
    """``Prabowo Subianto sebagai capres``, ``Jokowi menjadi presiden``, ``Gibran selaku
    cawapres``: a lowercase title after a post cue is the post of the person named
    earlier in the same sentence (``syarat menjadi calon presiden`` names nobody)."""
    if not before or before[-1].lower() not in L.POST_CUES_BEFORE_LOWERCASE:
        return False
    lo = max(0, start - 80)
    cut = max(t.text.rfind(". ", lo, start), t.text.rfind("\n", lo, start))
    lo = max(lo, cut + 1)
    return any(lo <= t.starts[i] < start for i in t.person_starts)


def _in_list(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """The title is one item of a list of titles (``gubernur, bupati, dan wali kota``)."""
    for s, e in spans:
        if 0 < s - end <= 10 and _LIST_GAP.fullmatch(text, end, s):
            return True
        if 0 < start - e <= 10 and _LIST_GAP.fullmatch(text, e, start):
            return True
    return False


def _title_matches(t: Words):
    """Title matches left to right, not overlapping (as ``_TITLE.finditer`` would give),
    tried only at words whose leading letters begin some title."""
    end = 0
    for i, start in enumerate(t.starts):
        if start < end or not t.may_start(_TITLE, i):
            continue
        m = _TITLE.match(t.text, start)
        if m is not None:
            end = m.end()
            yield m


def find_offices(t: Words) -> list[_Office]:
    """All offices in the text, with bare titles scored against the article."""
    found: list[_Office] = []
    plural: set[str] = set()
    covered = 0
    spans: list[tuple[int, int]] = []
    for m in _title_matches(t):
        spans.append(m.span())
        if m.start() < covered:
            continue  # a title inside the previous office (``Menteri Koordinator …``)
        if found and t.text[found[-1].end : m.start()].strip() == "(":
            continue  # ``calon presiden (bacapres)``: the short form of the title before
        off = _read(t, m, plural)
        if off is not None:
            found.append(off)
            covered = off.end

    named: dict[str, set[str]] = {}
    capitalised: set[str] = set()
    for off in found:
        if not off.bare and off.jurisdiction:
            named.setdefault(off.title, set()).add(off.jurisdiction)
        if not off.lowercase:
            capitalised.add(off.title)
    out: list[_Office] = []
    for n, off in enumerate(found):
        if not off.bare:
            out.append(off)
            continue
        full = named.get(off.title, set())
        nxt = t.text[off.end : off.end + 20].split()
        prv = t.text[max(0, off.start - 20) : off.start].split()
        if nxt and nxt[0].rstrip(".,") in L.GENERIC_AFTER:
            continue
        if off.lowercase:
            said = bool(prv and prv[-1].lower().rstrip(",") in L.SPEECH_BEFORE)
            evidence = bool(full or off.title in capitalised)
            # ``bakal calon presiden (bacapres) Koalisi Indonesia Maju (KIM) Prabowo``: one
            # candidate's post, named after it
            running = off.candidate and _named_after(t, off.end)
            posted = _post_of_named(t, off.start, prv)
            if not (running or posted) and (off.title in plural or not (evidence or (said and off.title in L.BARE_SINGLE_POSTS))):
                continue
            acts = bool(nxt and (nxt[0].rstrip(".,") in L.SPEECH_AFTER or _ACTIVE_VERB.fullmatch(nxt[0].rstrip(".,"))))
            if not (off.acting or said or acts or running or posted):
                continue
            if _in_list(t.text, off.start, off.end, spans):
                continue  # ``bupati dan wali kota``: a list of kinds of office
            off.score = 0.7 if evidence else 0.65
        elif full:
            off.score = 0.88
        elif off.kind == "national":
            off.score = 0.87
        elif off.title in L.BARE_SINGLE_POSTS and off.title not in plural:
            off.score = 0.75
        else:
            continue
        if len(full) == 1 and off.jurisdiction is None and off.kind != "national":
            off.jurisdiction = next(iter(full))
        out.append(off)
    return out


class OfficeRecognizer(Recognizer):
    """Proposes OFFICE candidates with ``title``, ``jurisdiction``, ``acting``,
    ``former``, ``candidate`` and ``aliases``."""

    source = "offices"

    def find(self, doc: Doc) -> list[Candidate]:
        t = Words.of_doc(doc)
        offices = find_offices(t)
        _read_bodies_whole(t.text, offices, candidates_of(doc, "ORG"))
        return [
            Candidate(
                o.start, o.end, "OFFICE", o.score, self.source,
                {
                    "title": o.title, "jurisdiction": o.jurisdiction, "acting": o.acting,
                    "former": o.former, "candidate": o.candidate, "aliases": list(o.aliases),
                },
            )
            for o in offices
        ]  # fmt: skip


def _read_bodies_whole(text: str, offices: list[_Office], orgs: list[Candidate]) -> None:
    """An office whose body the organisation recognizer read further, to an alias in
    parentheses, takes the whole body (in place): ``Ketua Majelis Kehormatan`` +
    ``Majelis Kehormatan Mahkamah Konstitusi (MKMK)`` is the office ``Ketua Majelis
    Kehormatan Mahkamah Konstitusi (MKMK)``, not a title cut short inside an ORG."""
    orgs = [c for c in orgs if text[c.end - 1] == ")"]
    if not orgs:
        return
    for o in offices:
        if o.jurisdiction is None or o.aliases:
            continue
        for c in orgs:
            if o.start < c.start < o.end < c.end and text.startswith(o.jurisdiction, c.start):
                if "," in text[o.end : c.end] or "\n" in text[o.end : c.end]:
                    continue
                o.end = c.end
                o.jurisdiction = c.attrs.get("name") or o.jurisdiction
                o.aliases = list(c.attrs.get("aliases") or ())
                break


@Language.factory("beritaner_offices")
def make_office_recognizer(nlp: Language, name: str) -> OfficeRecognizer:
    return OfficeRecognizer()


__all__ = ["OfficeRecognizer", "find_offices", "make_office_recognizer"]
