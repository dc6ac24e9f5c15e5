"""The ORG recognizer, and the organisation grammar the OFFICE recognizer reuses
(the words it reads and the region phrases are in :mod:`.scan`).

An organisation is read as a small grammar over the words of the text (the word lists
are data in :mod:`beritaner.lang.id.orgs`)::

    ORG     := BODY [ "(" ALIAS ")" ] [ REGION ] [ "(" ALIAS ")" ] [ PARENT ] [ "RI" ]
    BODY    := REGIONAL_HEAD                       Pemkab, Polres, DPRD, BPBD …
             | DESCRIPTIVE_HEAD DESC_WORD+         Dinas Kesehatan, Badan Pusat Statistik
             | "Kementerian" PORTFOLIO             Kementerian Dalam Negeri
             | NAMED_HEAD NAME_WORD+               Universitas Lampung, PT Kereta Api
             | SCHOOL_HEAD NUMBER [NAME]           SMA Negeri 1 Bogor
             | PARTY_UNIT [Partai] PARTY           DPD Partai Golkar
             | KNOWN_NAME                          KPK, Kemendagri, Pertamina, UGM …
    REGION  := [ADMIN_WORD] REGION_NAME            Kabupaten Bogor, Jabar, Banten
    PARENT  := ORG (for sub-units: Biro Hukum Setda Aceh, Satreskrim Polres Jember)

Where a region ends is decided with the gazetteer (longest known name of the levels
the body allows), short forms (``Jabar``), or an administrative word; a following
person name therefore stays outside (``Polres Sukabumi AKBP Samian``). A rank,
honorific or form of address always ends a name.

A descriptive word is a capitalised word from the lexicon, a nominal of the form
pe-/per-/ke- … -an (``Pemberdayaan``, ``Kependudukan``), an acronym, a roman numeral,
or a word the same article also writes in lowercase (a common noun: ``Sampah``). A
proper-named body (``Universitas …``, ``PT …``) stops before a word the article
mentions again on its own elsewhere (a person: ``Ova Emilia`` … ``Emilia``), or where
the statistical model starts a person.

Media credits (``ANTARA``, ``detikSulsel`` — also glued inside a word), site names
(``malangterkini.com``) and clubs are matched as closed sets or patterns.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex
from spacy.lang.id.stop_words import STOP_WORDS as ID_STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import Candidate
from ..lang.id import orgs as L
from ..lang.id.offices import NATIONAL_TITLES, TITLE_WORDS
from ..lexicon import common_words
from ..text import alternation
from . import openings
from ._base import Recognizer
from .scan import (
    ACRONYM,
    ALL_LEVELS,
    COUNTRY,
    NOMINAL,
    NUMBER,
    RANK_WORDS,
    ROMAN,
    RI,
    ROMAN_NUMERAL,
    STOP_WORDS,
    Words,
    free_region,
    lead_of,
    leads_of,
    known_region,
    mentions,
    parse_region,
    word_pattern,
)

#: capitalised words right before which no organisation starts
_NOT_BEFORE_ORG = frozenset({"Peraturan", "Undang-Undang", "Keputusan", "Instruksi", "Surat"})


# ----------------------------------------------------------------------------- orgs
@dataclass
class OrgMatch:
    """An organisation found at some word: ``end`` is the index after its last word."""

    start: int
    end: int
    name: str
    aliases: list[str] = field(default_factory=list)
    score: float = 0.9
    kind: str = "body"  # body | regional | known | named | media | party | ministry | campaign
    head: str = ""
    has_region: bool = False


_REGIONAL = word_pattern(L.REGIONAL_BODIES)
_DESC_HEAD = word_pattern(L.DESCRIPTIVE_HEADS)
_NAMED_HEAD = word_pattern(L.NAMED_HEADS)
_SCHOOL = word_pattern(L.SCHOOL_HEADS)
_KNOWN_NAMES: dict[str, float] = {
    **L.NATIONAL_BODIES,
    **{u: 0.9 for u in L.UNIVERSITIES},
    **{c: 0.9 for c in L.CLUBS},
    **{a: 0.93 for a in L.AIRLINES},
    **{m: 0.95 for m in L.MINISTRY_SHORT_FORMS},
}
_KNOWN = word_pattern(_KNOWN_NAMES)
_PARTY = word_pattern(L.PARTIES)
_PARTY_UNIT = word_pattern(u for u in L.PARTY_UNITS if not u.endswith("-"))
PORTFOLIO = word_pattern(L.MINISTRY_PORTFOLIOS)
_COMPANY_SUFFIX = word_pattern(x for x in L.COMPANY_SUFFIXES if not x.startswith("("))
_PERSERO = regex.compile(r"\(\s*Persero(?:da)?\s*\)")
_MINISTRY_HEADS = frozenset({"Kementerian", "Kementrian", "Kantor Kementerian"})
SUBUNIT_HEADS = frozenset({
    "UPTD", "UPT", "Kantor", "Kantor Perwakilan", "Perwakilan", "Kantor Wilayah", "Kanwil",
    "Biro", "Bagian", "Bidang", "Seksi", "Sub Bagian", "Subbagian", "Satuan", "Unit",
    "Komisi", "Fraksi", "Sekretariat", "Direktorat", "Deputi", "Asisten Deputi", "Badan",
    "Tim", "Satgas", "Satuan Tugas", "Divisi", "Inspektorat", "Pusat", "Balai",
})  # fmt: skip
#: unit acronyms that take a parent (``Satreskrim Polres Jember``)
_UNIT_ACRONYM = regex.compile(r"(?:Sat|Dit|Bid|Subdit|Unit|Sub)\p{Lu}?\p{Ll}+")
_PARENT_KINDS = frozenset({"regional", "known", "ministry", "party", "body", "campaign"})
_GENERIC = frozenset(g for g in L.GENERIC_CLASSES)


def is_descriptive_word(t: Words, i: int) -> bool:
    w = t.w(i)
    if not w or not w[0].isupper() or t.is_person_start(i) or w in STOP_WORDS:
        return False
    return (
        w in L.DESCRIPTIVE_WORDS
        or bool(NOMINAL.fullmatch(w))
        or (len(w) > 3 and t.is_common(w) and not t.in_headline(i))
        or bool(ACRONYM.fullmatch(w))
        or bool(ROMAN_NUMERAL.fullmatch(w))
    )


_NOT_ALIAS = frozenset(L.MEDIA) | STOP_WORDS | {"Persero", "Perseroda", "Hadi"}


def parse_alias(t: Words, i: int, name_start: int | None = None) -> tuple[int, str] | None:
    """``( ALIAS )`` at word ``i``: a short form of the name before it.

    Up to three words, each capitalised; when ``name_start`` (the word where the name
    begins) is given, the alias must echo the name: a one-word alias starts with the
    first letter of one of the name's words, and in a longer one at least one word
    does (``Dinas Pendidikan … (Disdik Sumbar)``; not ``Gubernur Banten (Andra Soni)``).
    """
    if t.w(i) != "(":
        return None
    j = i + 1
    k = j
    while k < t.n and k - j < 6 and t.w(k) not in (")", "(", ",", ";", "\n"):
        k += 1
    if t.w(k) != ")" or k == j:
        return None
    alias = t.span(j, k)
    parts = alias.split()
    if len(alias) > 30 or len(parts) > 3 or "\n" in alias or alias in _NOT_ALIAS:
        return None
    if not all(p[0].isupper() or p[0].isdigit() for p in parts) or not alias[0].isalpha():
        return None
    if len(parts) > 1 and not any(ACRONYM.fullmatch(p) or p in L.REGION_ABBREVIATIONS for p in parts):
        if not all(p.lower() in _ALIAS_WORDS or p in L.REGION_ABBREVIATIONS for p in parts[1:]):
            if len(parts) > 1 and not _echoes(t, name_start, i, parts, all_words=True):
                return None
    if name_start is not None and not _echoes(t, name_start, i, parts):
        if not (len(parts) == 1 and len(alias) >= 2 and alias.isupper() and alias.isalpha()):
            return None  # an acronym in capitals may be foreign: Badan Kesehatan Dunia (WHO)
    return k + 1, alias


_ALIAS_WORDS = frozenset({"ri", "pusat", "daerah"})


def _echoes(t: Words, start: int | None, end: int, parts: list[str], all_words: bool = False) -> bool:
    if start is None:
        return True
    initials = {w[0].lower() for w in t.words[start:end] if w[:1].isalpha()}
    hits = [p[0].lower() in initials for p in parts]
    return all(hits) if all_words else hits[0] if len(parts) == 1 else any(hits)


def _tail(t: Words, m: OrgMatch, levels: tuple[str, ...], *, depth: int, region_ok: bool = True) -> OrgMatch:
    """Alias, region, alias, parent body and ``RI`` after a body."""
    _take_alias(t, m)
    if m.end < t.n and t.w(m.end) == "pada" and m.head.startswith("Pengadilan"):
        court = parse_org(t, m.end + 1, depth=depth + 1)  # Pengadilan Tipikor pada PN Medan
        if court is not None and court.head.startswith(("Pengadilan", "PN")):
            m.end = court.end
            m.has_region = True
    _numbered_area(t, m)
    if region_ok and m.end < t.n and t.gap_ok(m.end):
        reg = parse_region(t, m.end, levels)
        if reg is not None:
            m.end = reg[0]
            m.has_region = True
            _take_alias(t, m)
    if m.has_region and m.head in _POLICE_CITY and t.w(m.end) == "Kota" and (
        not t.cap(m.end + 1) or t.is_person_start(m.end + 1)
    ):
        m.end += 1  # Polres Pasuruan Kota
    if depth == 0 and m.end < t.n and t.gap_ok(m.end) and _takes_parent(m):
        parent = parse_org(t, m.end, depth=depth + 1)
        if parent is not None and parent.kind in _PARENT_KINDS:
            m.end = parent.end
            m.aliases.extend(parent.aliases)
            m.has_region = m.has_region or parent.has_region
        elif ACRONYM.fullmatch(t.w(m.end)) and t.w(m.end) not in L.REGION_ABBREVIATIONS and not t.is_person_start(m.end):
            m.end += 1  # an unknown body by its acronym: Biro Akademik UPR
    if m.end < t.n and t.gap_ok(m.end):
        ri = t.phrase(RI, m.end)
        if ri is not None and (ri[1] != "Pusat" or m.kind == "body"):
            m.end = ri[0]
    m.name = _strip_aliases(t, m)
    return m


_AREA_AFTER_BODY = word_pattern(L.NUMBERED_AREA_WORDS | L.NUMBERED_AREA_UNITS | L.NUMBERED_AREA_LONG_FORMS)


def _numbered_area(t: Words, m: OrgMatch) -> None:
    """A body's numbered area after its name, and the area's seat at any level:
    ``BBMKG Wilayah II Tangerang Selatan``, ``KAI Daop 9 Jember``, ``PT Kereta Api
    Indonesia Daerah Operasi 9 Jember``."""
    area = t.phrase(_AREA_AFTER_BODY, m.end) if m.end < t.n and t.gap_ok(m.end) else None
    if area is None or not t.gap_ok(area[0]):
        return
    number = t.w(area[0])
    if not (NUMBER.fullmatch(number or "-") or ROMAN_NUMERAL.fullmatch(number or "-")):
        return
    m.end = area[0] + 1
    seat = parse_region(t, m.end, ALL_LEVELS + ("kecamatan",)) if t.gap_ok(m.end) else None
    if seat is not None:
        m.end = seat[0]
        m.has_region = True


#: police stations whose name may end in ``Kota`` after the city (``Polresta Malang Kota``)
_POLICE_CITY = frozenset(
    {"Polres", "Polresta"} | {f"{u} {s}" for u in L.POLICE_STATION_UNITS for s in ("Polres", "Polresta")}
)


_UNITS_OF_STATIONS = frozenset(f"{u} {s}" for u in L.POLICE_STATION_UNITS for s in ("Polres", "Polresta", "Polrestabes"))


def _takes_parent(m: OrgMatch) -> bool:
    return m.head in SUBUNIT_HEADS or bool(_UNIT_ACRONYM.fullmatch(m.head)) or m.head in _UNITS_OF_STATIONS or m.head in (
        "Setda", "Sekretariat DPRD", "Setwan", "Inspektorat",
    )


def _strip_aliases(t: Words, m: OrgMatch) -> str:
    """The name without its parenthesised short forms."""
    text = t.span(m.start, m.end)
    for a in m.aliases:
        text = text.replace(f"({a})", " ")
    return " ".join(text.split())


def _take_alias(t: Words, m: OrgMatch) -> bool:
    """A short form in parentheses right after the match joins it (``(BPBD)``)."""
    al = parse_alias(t, m.end, m.start)
    if al is None:
        return False
    m.aliases.append(al[1])
    m.end = al[0]
    return True


def parse_org(t: Words, i: int, *, depth: int = 0) -> OrgMatch | None:
    """The organisation starting at word ``i`` (the grammar in the module docstring)."""
    key = (i, min(depth, 2))
    if key in t.org_cache:
        m = t.org_cache[key]
        return None if m is None else OrgMatch(m.start, m.end, m.name, list(m.aliases), m.score, m.kind, m.head, m.has_region)
    m = _parse_org(t, i, depth)
    t.org_cache[key] = m
    return None if m is None else OrgMatch(m.start, m.end, m.name, list(m.aliases), m.score, m.kind, m.head, m.has_region)


def _parse_org(t: Words, i: int, depth: int) -> OrgMatch | None:
    if not (0 <= i < t.n) or not t.cap(i) or t.is_rank_or_honorific(i):
        return None
    leads = _org_leads()
    if (
        leads is not None and t.lead(i) not in leads and not t.w(i).startswith(_CLUB_NAME_STARTS)
        and t.next_start(_CLUB_SUFFIX, i + 1) >= min(t.n, i + 6)
    ):
        return None  # no branch below can start at this word (most capitalised words)
    best: OrgMatch | None = None

    def consider(m: OrgMatch | None) -> None:
        nonlocal best
        if m is not None and (best is None or m.end > best.end or (m.end == best.end and m.score > best.score)):
            best = m

    reg = t.phrase(_REGIONAL, i)
    if reg is not None:
        head = reg[1]
        norm, levels = L.REGIONAL_BODIES.get(" ".join(head.split()), (head, ()))
        m = OrgMatch(i, reg[0], head, kind="regional", head=norm, score=0.93)
        m = _tail(t, m, levels or ALL_LEVELS, depth=depth)
        m = _military_unit(t, m)
        if not m.has_region and m.end <= reg[0] + 3 and m.end == _after_aliases(t, reg[0]):
            m.score = 0.78 if norm in L.BARE_BODY_OK else 0.0
        if m.score > 0:
            consider(m)
    known = t.phrase(_KNOWN, i)
    if known is not None:
        name = " ".join(known[1].split())
        kind = "ministry" if name in L.MINISTRY_SHORT_FORMS else "known"
        m = OrgMatch(i, known[0], name, kind=kind, head=name, score=_KNOWN_NAMES.get(name, 0.9))
        consider(_tail(t, m, ALL_LEVELS, depth=depth, region_ok=name in L.REGIONAL_BODIES))
    consider(_party(t, i, depth))
    consider(_board(t, i, depth))
    consider(_descriptive(t, i, depth))
    consider(_named(t, i))
    consider(_campaign_team(t, i))
    consider(_school(t, i))
    consider(_club(t, i))
    if best is not None and best.name in _GENERIC:
        return None
    return best


@functools.cache
def _org_leads() -> frozenset[str] | None:
    """The leading letters of every word that can start an organisation in
    :func:`_parse_org` (each branch begins with one of these phrase lists or words),
    or None when one list does not record its leads. The club branches that do not start
    with a listed word are tested on their own: a name ending in a suffix (``Bitung FC``)
    and one built on a club prefix (``Persiku Kudus``)."""
    patterns = (_REGIONAL, _KNOWN, _PARTY_UNIT, _PARTY, _DESC_HEAD, _NAMED_HEAD, _CAMPAIGN, _SCHOOL, _CLUB_PREFIX)
    sets = [leads_of(p) for p in patterns]
    if any(s is None for s in sets):
        return None
    words = {lead_of(w) for w in ("Partai", "Fraksi", *L.BOARDS_OF_A_BODY)}
    return frozenset().union(words, *sets)


def _after_aliases(t: Words, j: int) -> int:
    while t.w(j) == "(":
        k = j
        while k < t.n and t.w(k) != ")" and k - j < 8:
            k += 1
        if t.w(k) != ")":
            break
        j = k + 1
    return j


def _military_unit(t: Words, m: OrgMatch) -> OrgMatch:
    """``Kodim 0621/Kabupaten Bogor``, ``Kodam III/Siliwangi``, ``Kodam Jaya``."""
    if m.head not in ("Kodam", "Korem", "Kodim", "Koramil", "Lanal", "Lanud", "Lantamal",
                      "Yonif", "Polda", "Kodaeral", "Brimob", "Satbrimob", "Lapas", "Rutan", "LPKA", "Bapas",
                      *L.NUMBERED_AREA_UNITS):
        return m
    j = m.end
    if m.has_region:
        return m
    w = t.w(j)
    if w and (NUMBER.fullmatch(w) or (ROMAN.fullmatch(w) and w)) and t.gap_ok(j):
        j += 1
        area = parse_region(t, j) if m.head in L.NUMBERED_AREA_UNITS and j < t.n and t.gap_ok(j) else None
        if area is not None:
            j = area[0]  # Daop 9 Jember
        elif t.w(j) == "/" and t.cap(j + 1):
            j += 2
            while t.cap(j) and not t.is_person_start(j) and t.gap_ok(j) and j - m.end < 6:
                if t.w(j) in STOP_WORDS:
                    break
                j += 1
        m.end = j
        m.has_region = True
        m.score = 0.93
    elif w in ("Jaya", "Metro", "Kelas") and t.gap_ok(j):
        j += 1
        if t.w(j - 1) == "Metro" and t.w(j) == "Jaya":
            j += 1
        if t.w(j - 1) == "Kelas":
            j += 1 if ROMAN_NUMERAL.fullmatch(t.w(j) or "-") else 0
            reg = parse_region(t, j, ())
            j = reg[0] if reg else (free_region(t, j) or j)
        m.end = j
        m.has_region = True
        m.score = 0.93
    m.name = _strip_aliases(t, m)
    return m


def _party(t: Words, i: int, depth: int = 1) -> OrgMatch | None:
    j = i
    unit = t.phrase(_PARTY_UNIT, i)
    if unit is not None:
        j = unit[0]
    partai = t.w(j) in ("Partai", "Fraksi")
    k = j + 1 if partai else j
    p = t.phrase(_PARTY, j) if partai else None  # Partai Persatuan Pembangunan
    if p is None:
        p = t.phrase(_PARTY, k)
    if p is None:
        if partai and t.w(j) == "Partai" and t.cap(k) and not t.is_person_start(k) and t.w(k) not in STOP_WORDS:
            end = free_region(t, k) or k + 1  # one name word (and a suffix)
            m = OrgMatch(i, end, "", kind="party", head="Partai", score=0.86)
            return _tail(t, m, ALL_LEVELS, depth=1)
        return None
    name = " ".join(p[1].split())
    if name in L.PARTIES_NEED_HEAD and not partai and unit is None:
        return None
    if unit is None and not partai and name.isupper() and len(name) <= 3 and name not in ("PKB", "PKS", "PAN", "PPP", "PSI"):
        return None
    head = "Fraksi" if t.w(i) == "Fraksi" or (unit and unit[1] == "Fraksi") else "Partai"
    m = OrgMatch(i, p[0], name, kind="party", head=head, score=0.93 if (partai or unit or len(name) > 3) else 0.88)
    return _tail(t, m, ALL_LEVELS, depth=depth if head == "Fraksi" else 1, region_ok=unit is not None or partai)


def _board(t: Words, i: int, depth: int) -> OrgMatch | None:
    """A board or committee named with the body it belongs to: ``Dewas KPK``, ``Pansus
    Haji DPR``, ``Banggar DPRD Kota Bogor``, a party unit of an organisation known by its
    acronym (``DPD IKM Kaltim``)."""
    if depth > 0:
        return None
    unit = t.phrase(_PARTY_UNIT, i)
    if unit is not None and unit[0] < t.n and t.gap_ok(unit[0]):
        j = unit[0]
        if ACRONYM.fullmatch(t.w(j)) and t.w(j) not in L.REGION_ABBREVIATIONS and parse_org(t, j, depth=1) is None:
            m = OrgMatch(i, j + 1, "", kind="body", head=unit[1], score=0.88)
            return _tail(t, m, ALL_LEVELS, depth=1)
    if t.w(i) not in L.BOARDS_OF_A_BODY:
        return None
    k = i + 1
    while k < min(t.n, i + 3) and t.gap_ok(k) and t.cap(k) and parse_org(t, k, depth=1) is None:
        k += 1  # the board's subject: Pansus Haji
    parent = parse_org(t, k, depth=1) if k < t.n and t.gap_ok(k) else None
    if parent is None or parent.kind not in _PARENT_KINDS:
        return None
    m = OrgMatch(i, parent.end, "", kind="body", head=t.w(i), score=0.9)
    m.aliases.extend(parent.aliases)
    m.has_region = parent.has_region
    m.name = _strip_aliases(t, m)
    return m


def _descriptive(t: Words, i: int, depth: int) -> OrgMatch | None:
    """``Dinas Kesehatan Kabupaten Bogor``, ``Kementerian Dalam Negeri``."""
    h = t.phrase(_DESC_HEAD, i)
    if h is None:
        return None
    head = " ".join(h[1].split())
    j = h[0]
    if head in _MINISTRY_HEADS:
        p = t.phrase(PORTFOLIO, j)
        if p is not None:
            m = OrgMatch(i, p[0], "", kind="ministry", head=head, score=0.95)
            return _tail(t, m, ("provinsi", "kabupaten", "kota"), depth=depth)
    m = descriptive_body(t, i, j, head, depth)
    if m is None and depth == 0 and head in SUBUNIT_HEADS and _starts_org(t, j):
        # Kantor Perwakilan Bank Indonesia …: a unit named by its parent alone
        m = _tail(t, OrgMatch(i, j, "", kind="body", head=head, score=0.92), (), depth=depth, region_ok=False)
        if m.end == j:
            m = None
    if m is None and head == "Dewan":
        return OrgMatch(i, j, "Dewan", kind="body", head="Dewan", score=0.7)
    return m


def _starts_org(t: Words, i: int) -> bool:
    """A cheap test: an organisation's head word or a known name starts at ``i``."""
    if not t.cap(i):
        return False
    return any(t.phrase(p, i) is not None for p in (_REGIONAL, _KNOWN, _DESC_HEAD, _PARTY_UNIT, _PARTY, _NAMED_HEAD))


def descriptive_body(t: Words, i: int, j: int, head: str, depth: int = 0) -> OrgMatch | None:
    """The descriptive words from ``j`` on (a body whose head word ends at ``j`` and
    starts at ``i``), then its alias, region and parent; None without any word."""
    words = 0
    aliases: list[str] = []
    last = first = j
    while j < t.n and words < 12 and t.gap_ok(j):
        al = parse_alias(t, j, i)
        if al is not None and words:
            aliases.append(al[1])
            j = last = al[0]
            continue
        w = t.w(j)
        if words and t.phrase(_KNOWN, j) is None:  # a known body reaches back itself (MKMK)
            spelled = _run_to_spelling_alias(t, i, first, j)
            if spelled is not None:
                # ``Dinas Perindustrian, Perdagangan, Koperasi, Usaha Kecil dan Menengah
                # (PPKUKM)``: the alias spells a longer name than the words read it as
                j = last = spelled[0]
                aliases.append(spelled[1])
                words += 1
                continue
        if w in L.NAME_CONNECTORS and words:
            k = j + 1
            if t.w(k) in L.NAME_CONNECTORS:
                k += 1
            if is_descriptive_word(t, k) and parse_region(t, k) is None:
                j = k
                continue
            break
        if words and (parse_region(t, j) is not None or _starts_org(t, j)):
            break
        if not is_descriptive_word(t, j):
            break
        j += 1
        last = j
        words += 1
    if words == 0:
        return None
    j = last
    m = OrgMatch(i, j, "", aliases=aliases, kind="body", head=head, score=0.92)
    countries = ("negara",) if head in L.NATIONAL_BODY_HEADS else ()
    return _tail(t, m, ALL_LEVELS + ("kecamatan",) + countries, depth=depth)


def _legal_suffix_at(t: Words, j: int) -> bool:
    """``Tbk`` or ``(Persero)`` at word ``j``: a company's legal form, which no
    person's name stands before."""
    if j >= t.n or not t.gap_ok(j):
        return False
    return t.phrase(_COMPANY_SUFFIX, j) is not None or _PERSERO.match(t.text, t.starts[j]) is not None


def _run_to_spelling_alias(t: Words, i: int, first: int, j: int) -> tuple[int, str] | None:
    """From word ``j``, a run of capitalised words joined by commas and ``dan`` that ends
    in an alias in parentheses spelling the whole name (from the head at ``i``, or from
    ``first``, the word after it): (the index after the alias, the alias)."""
    k = j
    while k < t.n and k - j < 10 and t.gap_ok(k) and (t.cap(k) or t.w(k) in (",", "dan", "&")):
        k += 1
    if k == j or t.w(k) != "(" or not t.gap_ok(k):
        return None
    al = parse_alias(t, k, i)
    if al is None or " " in al[1] or not al[1][:1].isupper():
        return None
    for start in (i, first):
        words = [w for w in t.words[start:k] if w[:1].isalnum()]
        if _spells(words, al[1]):
            return al
    return None


def _company_end_at(t: Words, j: int, start: int) -> bool:
    """A company name's closing mark at word ``j``: ``Tbk``, ``(Persero)`` or its alias in
    parentheses (``PT Chandra Samudera Port (CSP)``) — then the words before are its name."""
    if j >= t.n or not t.gap_ok(j):
        return False
    return _legal_suffix_at(t, j) or parse_alias(t, j, start) is not None


def _named(t: Words, i: int) -> OrgMatch | None:
    """``Universitas Gadjah Mada``, ``PT Kereta Api Indonesia (Persero)``."""
    h = t.phrase(_NAMED_HEAD, i)
    if h is None:
        return None
    head = " ".join(h[1].split())
    j = h[0]
    start = j
    is_company = head.rstrip(".") in ("PT", "CV", "UD", "PD", "Perum", "Perumda")
    if is_company and ACRONYM.fullmatch(t.w(j) or "x"):
        while ACRONYM.fullmatch(t.w(j) or "x") and t.gap_ok(j) and j - start < 3:
            j += 1
    else:
        known = t.phrase(_KNOWN, j) if is_company else None
        if known is not None:
            j = known[0]  # Perum Bulog, PT Pertamina
            k = j
            while k < t.n and k - j < 3 and t.cap(k) and t.gap_ok(k) and t.w(k) not in STOP_WORDS and not t.is_rank_or_honorific(k):
                k += 1
                if _company_end_at(t, k, start):
                    j = k  # PT Telkom Indonesia (Persero) Tbk: the known name and more, up to the closing mark
                    break
        while known is None and t.cap(j) and t.gap_ok(j) and j - start < 6 and not t.is_rank_or_honorific(j) and t.w(j) not in STOP_WORDS:
            reg = parse_region(t, j)
            if reg is not None and (not is_company or (j > start and not t.cap(reg[0]))):
                j = reg[0]  # a named body ends with its town: Institut Teknologi Bandung
                break
            j += 1
            if j - start >= 2 and t.w(j - 1) in L.NAME_END_WORDS:
                break
            if j - start >= 2 and t.in_headline(i):
                break  # headline verbs are capitalised: keep names short there
    if j == start:
        return None
    if not is_company or j - start > 1:
        cut = t.name_cut(start, j)
        # a name read as a word seen alone elsewhere, or as a person's, is cut off; not
        # before a legal form (``PT Chandra Daya Investasi Tbk``, the model's person
        # notwithstanding, and ``Tbk`` may already close the run), nor before an alias
        # in parentheses (``(CSP)``) unless the model reads a person inside
        closed = is_company and cut < j and (
            _legal_suffix_at(t, j) or t.w(j - 1).rstrip(".") == "Tbk"
            or (_company_end_at(t, j, start) and not t.person_starts & set(range(start, j)))
        )
        if not closed:
            j = cut
    if not is_company and _branch_number_at(t, j):
        j += 1  # ``Pondok Pesantren Al Rifaie 1, Kabupaten Lamongan``: the branch's number
    m = OrgMatch(i, j, "", kind="named", head=head, score=0.9)
    if not is_company:
        m = _tail(t, m, ALL_LEVELS, depth=1)
        m.kind = "named"
    if is_company:
        ps = _PERSERO.match(t.text, t.ends[j - 1] + 1) if j < t.n else None
        if ps is not None:
            e = t.by_end.get(ps.end())
            if e is not None:
                m.end = e + 1
        tb = t.phrase(_COMPANY_SUFFIX, m.end) if m.end < t.n and t.gap_ok(m.end) else None
        if tb is not None:
            m.end = tb[0]
        _numbered_area(t, m)
        if t.w(m.end - 1) == "Tbk" and _abbreviation_dot(t, m.end):
            m.end += 1  # ``PT Asia Pacific Fibers Tbk. dan …``
    _take_alias(t, m)
    m.name = _strip_aliases(t, m)
    return m


def _branch_number_at(t: Words, j: int) -> bool:
    """A one- or two-digit number at word ``j`` that closes the name before it: a space
    away, and a comma, stop or line end after it (not ``… 5 unit``)."""
    if j >= t.n or not t.w(j).isdigit() or len(t.w(j)) > 2 or t.text[t.ends[j - 1] : t.starts[j]] != " ":
        return False
    return j + 1 >= t.n or not t.gap_ok(j + 1) or t.w(j + 1) in (",", ".", ";", ")")


def _abbreviation_dot(t: Words, j: int) -> bool:
    """Word ``j`` is a full stop glued to the word before it that closes that word's
    abbreviation, not the sentence: a lowercase word, a comma or a second stop follows."""
    if t.w(j) != "." or t.starts[j] != t.ends[j - 1]:
        return False
    after = t.text[t.ends[j] : t.ends[j] + 2].lstrip(" ")
    return after[:1] in (".", ",", ";") or after[:1].islower()


_CAMPAIGN = word_pattern(L.CAMPAIGN_TEAMS)
#: a bare campaign-team acronym (``TPN menggelar rapat``) fills gaps only
CAMPAIGN_BARE_SCORE = 0.8


def _campaign_team(t: Words, i: int) -> OrgMatch | None:
    """``TPN Ganjar Presiden``, ``Tim Pemenangan Nasional (TPN) Ganjar - Mahfud``: the
    candidates' names (a person's name here, joined by hyphens) are part of the team's."""
    h = t.phrase(_CAMPAIGN, i)
    if h is None:
        return None
    m = OrgMatch(i, h[0], "", kind="campaign", head=" ".join(h[1].split()), score=0.9)
    _take_alias(t, m)
    j = start = m.end
    # one candidate (``Ganjar``, ``Prabowo-Gibran``), then ``- Mahfud`` or ``Presiden``;
    # a name after that is the team's officer (``Ketua TPN Ganjar Presiden Arsjad Rasjid``)
    coalition = _parse_org(t, j, 1) if j < t.n and t.gap_ok(j) and t.w(j) == "Koalisi" else None
    if coalition is not None:  # ``TKN Koalisi Indonesia Maju (KIM)``: the coalition's team
        j = coalition.end
    elif j < t.n and t.gap_ok(j) and t.cap(j) and t.w(j) not in STOP_WORDS and not t.is_rank_or_honorific(j):
        j += 1
        if t.w(j) in ("-", "–") and t.cap(j + 1) and t.gap_ok(j + 1):
            j += 2
        elif t.w(j) in L.CAMPAIGN_NAME_ENDS and t.gap_ok(j):
            j += 1
        elif "-" in t.w(j)[1:] and t.cap(j) and t.gap_ok(j) and "-" not in t.w(j - 1):
            j += 1  # ``Prabowo Subianto-Gibran``: a ticket written with a surname
    if j == start and m.head not in L.CAMPAIGN_BARE_OK:
        return None
    if j == start:
        m.score = CAMPAIGN_BARE_SCORE
    m.end = j
    _take_alias(t, m)  # Tim Pemenangan Nasional Ganjar Presiden (TPN-GP)
    m.name = _strip_aliases(t, m)
    return m


def _school(t: Words, i: int) -> OrgMatch | None:
    """``SMA Negeri 1 Bogor``, ``SMPN 2 Cibinong``, ``SDN Sukamaju 1``."""
    h = t.phrase(_SCHOOL, i)
    if h is None:
        return None
    j = h[0]
    if NUMBER.fullmatch(t.w(j) or "x"):
        j += 1
        reg = parse_region(t, j, ALL_LEVELS + ("kecamatan",)) if t.gap_ok(j) else None
        if reg is not None:
            j = reg[0]
        elif t.cap(j) and t.gap_ok(j) and t.w(j) not in STOP_WORDS and not t.is_person_start(j):
            j = free_region(t, j) or j
    elif t.cap(j) and t.gap_ok(j) and t.w(j) not in STOP_WORDS and not t.is_person_start(j) and t.w(j)[0].isalpha() and len(t.w(j)) >= 4:
        j += 1
        if NUMBER.fullmatch(t.w(j) or "x"):
            j += 1
        elif h[1] in ("SMA", "SMP", "SMK", "SD", "MA", "MI", "TK", "PAUD", "SLB", "MTs", "MAN", "MIN"):
            if t.w(j - 1) in ("Negeri", "Swasta") or ACRONYM.fullmatch(t.w(j - 1)):
                return None  # ``kepala SMA Negeri se-…``: a kind of school
    else:
        return None
    m = OrgMatch(i, j, t.span(i, j), kind="named", head=h[1], score=0.9)
    if _take_alias(t, m):
        m.name = _strip_aliases(t, m)
    return m


_CLUB_SUFFIX = word_pattern(L.CLUB_SUFFIXES)
_CLUB_PREFIX = word_pattern(L.CLUB_PREFIX_WORDS)
_CLUB_NAME_STARTS = tuple(L.CLUB_NAME_STARTS)
_CLUB_START = regex.compile(
    r"(?:%s)(?:\p{Ll}{1,6}|\p{Lu}{1,4})" % "|".join(regex.escape(x) for x in L.CLUB_NAME_STARTS)
)


def _club(t: Words, i: int) -> OrgMatch | None:
    """``Sulut United``, ``Bitung FC``, ``FC Bekasi``, ``Persiku Kudus``, ``PSIS Semarang``."""
    w = t.w(i)
    pre = t.phrase(_CLUB_PREFIX, i)
    if pre is not None and t.cap(pre[0]) and t.gap_ok(pre[0]):
        j = known_region(t, pre[0], ALL_LEVELS) or pre[0] + 1
        return OrgMatch(i, j, t.span(i, j), kind="named", head="FC", score=0.9)
    if (
        w[:1].isalpha() and w not in L.CLUB_CONTEXT_WORDS
        and t.next_start(_CLUB_SUFFIX, i + 1) < min(t.n, i + 6)  # cheap test first
    ):
        j = known_region(t, i, ALL_LEVELS) or i + 1
        if t.cap(j) and t.gap_ok(j) and t.phrase(_CLUB_SUFFIX, j) is None and t.phrase(_CLUB_SUFFIX, j + 1) is not None:
            j += 1  # West Ham United
        suf = t.phrase(_CLUB_SUFFIX, j) if j < t.n and t.gap_ok(j) else None
        if suf is not None and w not in STOP_WORDS and (j > i + 1 or not is_descriptive_word(t, i)):
            return OrgMatch(i, suf[0], t.span(i, suf[0]), kind="named", head="club", score=0.9)
    if _CLUB_START.fullmatch(w) and w not in L.DESCRIPTIVE_WORDS and not NOMINAL.fullmatch(w):
        j = known_region(t, i + 1, ("kabupaten", "kota")) if i + 1 < t.n and t.gap_ok(i + 1) else None
        if j is not None:
            return OrgMatch(i, j, t.span(i, j), kind="named", head="club", score=0.88)
    return None


# ----------------------------------------------------------------------------- media
_MEDIA_AMBIGUOUS = {m for m, s in L.MEDIA.items() if s < 0.9}
_MEDIA = word_pattern(m for m in L.MEDIA if m not in _MEDIA_AMBIGUOUS)
_MEDIA_AMB = word_pattern(_MEDIA_AMBIGUOUS)
#: where a medium's name may begin: a capitalised word whose leading letters begin one
#: (``Kompas`` of ``Kompas.com``)
_MEDIA_LEADS = sorted({lead_of(m) for m in L.MEDIA})
_MEDIA_START = openings.declare(
    regex.compile(r"(?<![\p{L}\p{N}])(?=\p{Lu})(?i:\L<leads>)(?![\p{L}\p{N}])", leads=_MEDIA_LEADS),
    _MEDIA_LEADS,
    capital=True,
)
_DETIK = openings.declare(regex.compile(
    r"(?:%s)(?:com\b|\.com\b|[A-Z][a-z]+(?:\.com)?)" % "|".join(L.GLUED_MEDIA_FAMILIES)
), L.GLUED_MEDIA_FAMILIES)
_TRIBUN = openings.declare(regex.compile(
    r"(?<![\p{L}\p{N}])(?:%s)(?:news(?:\.com)?|[A-Z][a-z]+(?:\.com)?|-[A-Z][a-z]+\.com)(?![\p{L}\p{N}])"
    % "|".join(L.CAMEL_MEDIA_FAMILIES)
), L.CAMEL_MEDIA_FAMILIES)
#: the domains a site name ends in, longest first
_DOMAINS = "|".join(regex.escape(d) for d in sorted(L.SITE_DOMAINS, key=len, reverse=True))
_SITE = regex.compile(
    r"(?<![\p{L}\p{N}@/.\-])(?:www\.)?[A-Za-z][A-Za-z0-9\-]{2,}(?:\.[A-Za-z0-9\-]+)*"
    r"\.(?:%s)(?![\p{L}\p{N}\-]|\.[a-z])" % _DOMAINS,
    regex.IGNORECASE,
)
_CREDIT_BEFORE = regex.compile(
    r"(?:\b(?:dari|kepada|oleh|dilansir|melansir|dikutip|mengutip|via|laporan|wartawan|kepada|diberitakan|kantor\s+berita)\s+)$",
    regex.IGNORECASE,
)
#: after an ambiguous medium's name, what makes it a credit (after ``(`` too: ``(Antara)``,
#: ``(Tempo/AS)``; not ``(Suara masuk 47 %)``)
_CREDIT_AFTER = regex.compile(r"\s*(?:\)|[-–—]|,|\.|:|/)")


_DOMAIN = regex.compile(
    r"\.(?:%s)(?![\p{L}\p{N}\-]|\.[a-z])" % _DOMAINS,
    regex.IGNORECASE,
)
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")


def site_matches(text: str):
    """``_SITE.finditer(text)`` without trying the pattern at every word: a site name ends
    in a domain (``.com``), and its lookbehind lets it start only where its run of host
    characters does, so the pattern is tried once, at that run's start, per domain."""
    end = 0
    for hit in _DOMAIN.finditer(text):
        if hit.start() < end:
            continue  # inside the last site (``www.detik.co.id``)
        start = hit.start()
        while start > end and text[start - 1] in _HOST_CHARS:
            start -= 1
        m = _SITE.match(text, start)
        if m is not None and m.end() >= hit.end():
            end = m.end()
            yield m


def find_media(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in openings.finditer(_DETIK, text):
        out.append(_cand(m.start(), m.end(), m.group(), 0.93))
    for m in openings.finditer(_TRIBUN, text):
        out.append(_cand(m.start(), m.end(), m.group(), 0.92))
    for m in site_matches(text):
        name = m.group()
        if "." in name[:-1] and not name.lower().startswith(("s.", "m.")):
            out.append(_cand(m.start(), m.end(), name, 0.9))
    for m in openings.finditer(_MEDIA_START, text):
        pos = m.start()
        hit = _MEDIA.match(text, pos)
        if hit is not None:
            out.append(_cand(pos, hit.end(), hit.group(), 0.93))
            continue
        hit = _MEDIA_AMB.match(text, pos)
        if hit is not None:
            before = text[max(0, pos - 40) : pos]
            after = text[hit.end() : hit.end() + 3]
            starts_line = pos == 0 or text[pos - 1] == "\n"
            if _CREDIT_BEFORE.search(before) or (starts_line and _CREDIT_AFTER.match(after)) or (
                _CREDIT_AFTER.match(after) and before.endswith("(")
            ):
                out.append(_cand(pos, hit.end(), hit.group(), 0.9))
    out.extend(_credit_parts(text))
    return out


#: up to five capitalised words (``&`` and initials allowed) closed by a foreign legal form
_FOREIGN_COMPANY = regex.compile(
    r"(?<![\p{L}\p{N}])(?:(?:\p{Lu}[\p{L}\p{N}.&'-]*|&)[ ]){1,5}(?:%s)(?![\p{L}\p{N}])"
    % "|".join(regex.escape(x) for x in sorted(L.FOREIGN_COMPANY_SUFFIXES, key=len, reverse=True))
)


#: the legal forms alone (see :data:`_ENGLISH_HEAD`)
_FOREIGN_FORM = regex.compile(
    r"(?<=[ ])(?:%s)(?![\p{L}\p{N}])" % "|".join(regex.escape(x) for x in sorted(L.FOREIGN_COMPANY_SUFFIXES, key=len, reverse=True))
)


def find_foreign_companies(text: str) -> list[Candidate]:
    """Companies named with a foreign legal form (``TikTok Nusantara Pte Ltd``), which the
    model reads as people. A leading PT stays in (``PT Foo Indonesia Ltd``)."""
    if _FOREIGN_FORM.search(text) is None:
        return []
    return [_cand(m.start(), m.end(), m.group(), 0.9) for m in _FOREIGN_COMPANY.finditer(text)]


_EN_WORD = r"\p{Lu}[\p{L}\p{N}'.-]*"
_ENGLISH_BODY = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:{_EN_WORD}[ ](?:(?:{alternation(L.ENGLISH_NAME_CONNECTORS)})[ ])*){{1,6}}"
    rf"(?P<head>{alternation(L.ENGLISH_BODY_HEADS)})(?![\p{{L}}\p{{N}}])(?:[ ]\((?P<alias>\p{{Lu}}[\p{{L}}\p{{N}}]{{1,9}})\))?"
)


#: ``Institute for Essential Services Reform``: a head, ``for``/``of``/``on``, then
#: capitalised words (``and``/``the`` between them), then an alias in parentheses
_ENGLISH_BODY_OF = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:{_EN_WORD}[ ]){{0,3}}(?P<head>{alternation(L.ENGLISH_LEADING_HEADS)})[ ]"
    rf"(?:of|for|on)[ ](?:the[ ])?{_EN_WORD}(?:[ ](?:(?:and|&|of|the)[ ])?{_EN_WORD}){{0,5}}"
    r"(?![\p{L}\p{N}])(?:[ ]\((?P<alias>\p{Lu}[\p{L}\p{N}]{1,9})\))?"
)


#: the heads alone: most articles name none, and then the patterns above need not run
#: (their runs of capitalised words are costly to try at every capital)
_ENGLISH_HEAD = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation(L.ENGLISH_BODY_HEADS)})(?![\p{{L}}\p{{N}}])")
_ENGLISH_LEADING_HEAD = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:{alternation(L.ENGLISH_LEADING_HEADS)})[ ](?:of|for|on)[ ]"
)


def _english_start(text: str, m: regex.Match, common: frozenset[str]) -> int:
    """Where an English body's name begins: after the Indonesian words the match took
    before it (a title, an everyday word) and after a partner hyphened to it."""
    start = m.start()
    for word in regex.finditer(r"\S+", text[m.start() : m.start("head")]):
        w = word.group()
        if w in TITLE_WORDS or w.lower() in common or w.lower() in ID_STOP_WORDS:
            start = m.start() + word.end() + 1
        elif "-" in w[1:]:  # ``Indonesia-Eurasian Economic Union``: the partner is apart
            start = m.start() + word.start() + w.rindex("-") + 1
    return start


def find_english_bodies(text: str) -> list[Candidate]:
    """Bodies named in English (``Eurasian Economic Union (EAEU)``), which the model
    reads as people: capitalised words closed by a head such as ``Union`` or ``Agency``
    (:data:`ENGLISH_BODY_HEADS`), with an alias in parentheses after it. Words before the
    name that are Indonesian (a title, an everyday word: ``Direktur``, ``Menurut``) are
    not part of it, nor is a partner hyphened to it (``Indonesia-Eurasian Economic Union``)."""
    out: list[Candidate] = []
    common = common_words()
    for m in (_ENGLISH_BODY.finditer(text) if _ENGLISH_HEAD.search(text) else ()):
        start = _english_start(text, m, common)
        words = text[start : m.end("head")].split()
        if len(words) < 2 or words[0].islower():
            continue
        name = text[start : m.end("head")]
        out.append(_cand(start, m.end(), name, 0.88, [m.group("alias")] if m.group("alias") else []))
    for m in (_ENGLISH_BODY_OF.finditer(text) if _ENGLISH_LEADING_HEAD.search(text) else ()):
        start, end, alias = _english_start(text, m, common), m.end(), m.group("alias")
        name_end = m.start("alias") - 2 if alias else end
        while not alias and text[end - 1] in ".-'":
            end = name_end = end - 1  # a sentence's full stop is not the name's
        out.append(_cand(start, end, text[start:name_end], 0.88, [alias] if alias else []))
    return out


#: ``(antara/jpnn)``, ``(mcr8/jpnn)``: an article's closing credit in parentheses, its
#: parts separated by slashes
_CREDIT = regex.compile(r"\((?P<parts>[\p{L}\p{N}.]{2,20}(?:/[\p{L}\p{N}.]{2,20}){1,3})\)")
_MEDIA_KEYS = {name.casefold(): name for name in L.MEDIA}


def _credit_parts(text: str) -> list[Candidate]:
    """The media named in a slashed credit, in any case (``(antara/jpnn)`` → ``antara``,
    ``jpnn``); the editors' codes beside them (``mcr8``, ``bbn``) are nothing."""
    out = []
    for m in _CREDIT.finditer(text):
        pos = m.start("parts")
        for part in m.group("parts").split("/"):
            if part.casefold() in _MEDIA_KEYS:
                out.append(_cand(pos, pos + len(part), part, 0.9))
            pos += len(part) + 1
    return out


def _cand(start: int, end: int, name: str, score: float, aliases: list[str] | None = None) -> Candidate:
    return Candidate(start, end, "ORG", score, OrgRecognizer.source, {"name": name, "aliases": list(aliases or [])})


# ----------------------------------------------------------------------------- recognizer
#: first words at which an organisation may start (cheap pre-filter)
_STARTS = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}")
_GENERIC_PHRASE = openings.declare(regex.compile(
    r"(?<![\p{L}\p{N}])(?:%s)(?![\p{L}\p{N}])" % "|".join(
        r"\s+".join(regex.escape(w) for w in g.split()) for g in sorted(L.GENERIC_CLASSES, key=len, reverse=True)
    ),
    regex.IGNORECASE,
), L.GENERIC_CLASSES)


#: How many words before a name its acronym may reach back: ``Majelis Kehormatan``
#: before ``Mahkamah Konstitusi (MKMK)``.
ACRONYM_REACH = 4
#: Small words an acronym skips (``Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP)``).
_ACRONYM_SKIPS = frozenset({"dan", "untuk", "&", "serta", "atas", "di", "-"})
_VOWELS = frozenset("aeiou")


def _spells(words: list[str], acronym: str) -> bool:
    """Do ``words`` spell ``acronym``? Each word gives its first letter and may give more
    of its letters in order, each at the start of a syllable (after a vowel:
    ``Antikorupsi`` → A, K; ``Kesyahbandaran`` → K, S; not ``Mahkamah`` → M, K); small
    words give none."""
    acr = acronym.lower()

    def go(wi: int, ai: int) -> bool:
        if wi == len(words):
            return ai == len(acr)
        w = words[wi].lower()
        if w in _ACRONYM_SKIPS:
            return go(wi + 1, ai)
        if ai >= len(acr) or w[0] != acr[ai]:
            return False
        # the first letter, then 0, 1 or 2 more letters found later in the word
        options = [(1, ai + 1)]
        pos = 1
        for extra in range(2):
            k = ai + 1 + extra
            if k >= len(acr):
                break
            found = w.find(acr[k], pos)
            while found > 0 and w[found - 1] not in _VOWELS:
                found = w.find(acr[k], found + 1)
            if found < 0:
                break
            pos = found + 1
            options.append((pos, k + 1))
        return any(go(wi + 1, nxt) for _, nxt in reversed(options))

    return go(0, 0)


def _reach_back_to_acronym(t: Words, m: OrgMatch, floor: int) -> None:
    """Start ``m`` earlier when its closing acronym spells capitalised words before it that
    its name lacks (``Front`` + ``Pemuda Anti Korupsi (FPAK)``)."""
    if not m.aliases or not t.span(m.start, m.end).endswith(f"({m.aliases[-1]})"):
        return
    acronym = m.aliases[-1]
    if not (acronym.isalpha() and acronym.isupper() and len(acronym) >= 3):
        return
    name = _strip_aliases(t, m).replace(f"({acronym})", "").split()
    if _spells(name, acronym):
        return
    words: list[str] = []
    k = m.start
    while k - 1 >= floor and m.start - k < ACRONYM_REACH and t.gap_ok(k):
        w = t.w(k - 1)
        if not (t.cap(k - 1) or w in _ACRONYM_SKIPS) or w in STOP_WORDS:
            break
        k -= 1
        words.insert(0, w)
        if t.cap(k) and _spells(words + name, acronym):
            m.start = k
            m.name = _strip_aliases(t, m)
            return


def find_orgs(t: Words) -> list[OrgMatch]:
    """All organisations in the text, outermost at each start, left to right."""
    out: list[OrgMatch] = []
    text = t.text
    has_dprd = "DPRD" in text or "DPRK" in text or "DPR" in text
    i = 0
    while i < t.n:
        if not t.cap(i):
            i += 1
            continue
        m = parse_org(t, i)
        if m is None or m.score <= 0:
            i += 1
            continue
        if m.name == "Dewan" and not has_dprd:
            i += 1
            continue
        if i > 0 and t.gap_ok(i) and (t.w(i - 1) in _NOT_BEFORE_ORG or t.phrase(COUNTRY, i - 1) is not None and t.phrase(COUNTRY, i - 1)[0] > i):
            i = m.end  # ``Peraturan Pemerintah``, ``Amerika Serikat``
            continue
        if m.head in L.OFFICE_ONLY_HEADS or (i > 0 and t.w(i - 1) in RANK_WORDS and m.name in ("TNI", "Polri", "Pol")):
            i = m.end  # a hospital (a PLACE); ``Brigjen TNI`` (a rank)
            continue
        adjacent = bool(out) and out[-1].end == m.start  # Majelis Kehormatan | Mahkamah Konstitusi (MKMK)
        _reach_back_to_acronym(t, m, out[-1].start if adjacent else out[-1].end if out else 0)
        if adjacent and m.start <= out[-1].start:
            out.pop()
        out.append(m)
        i = m.end
    return out


def _repeated_short_forms(t: Words, found: list[OrgMatch], others: list[Candidate] = ()) -> list[Candidate]:
    """Short forms the article defines, where they stand alone later on.

    ``Badan Penanggulangan Bencana Daerah (BPBD) …`` then ``BPBD`` alone: an alias in
    parentheses names that body for the rest of the article; so does the first word of
    a club named with its town (``Persiku Kudus`` … ``Persiku``). ``others``: bodies
    found by the other finders (``Eurasian Economic Union (EAEU)``), with their aliases.
    """
    short: dict[str, str] = {}
    for c in others:
        for a in c.attrs.get("aliases", ()):
            short.setdefault(a, c.attrs["name"])
    for m in found:
        for a in m.aliases:
            if a not in _GENERIC and a not in L.REGION_ABBREVIATIONS:
                short.setdefault(a, m.name)
        if m.head == "club" and m.end - m.start > 1:
            short.setdefault(t.w(m.start), m.name)
    if not short:
        return []
    for m in found:
        if m.score < 0.86 and t.span(m.start, m.end) in short:
            m.score = 0.86  # a bare ``BPBD`` after ``Badan … (BPBD)``: that body
    covered = [(t.starts[m.start], t.ends[m.end - 1]) for m in found] + [(c.start, c.end) for c in others]
    out = []
    for start, form in mentions(t.text, short, _SHORT_FORM_START):
        if any(s <= start < e for s, e in covered):
            continue
        out.append(_cand(start, start + len(form), form, 0.86))
    return out


_SHORT_FORM_START = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]")


class OrgRecognizer(Recognizer):
    """Proposes ORG candidates with ``name`` and ``aliases``."""

    source = "orgs"

    def find(self, doc: Doc) -> list[Candidate]:
        t = Words.of_doc(doc)
        text = t.text
        generic = {(m.start(), m.end()) for m in openings.finditer(_GENERIC_PHRASE, text)}
        found = find_orgs(t)
        english = find_english_bodies(text)
        repeated = _repeated_short_forms(t, found, english)
        out = [
            _cand(t.starts[m.start], t.ends[m.end - 1], m.name or _strip_aliases(t, m), m.score, m.aliases)
            for m in found
            if (t.starts[m.start], t.ends[m.end - 1]) not in generic
            and m.name not in NATIONAL_TITLES  # a post read as a body: Kepala Staf Angkatan Darat
        ]
        out.extend(repeated)
        out.extend(_find_national_bodies(text))
        out.extend(find_media(text))
        out.extend(find_foreign_companies(text))
        out.extend(english)
        seen: set[tuple[int, int]] = set()
        unique = []
        for c in out:  # a site name may also be a known medium: one candidate each
            if (c.start, c.end) not in seen:
                seen.add((c.start, c.end))
                unique.append(c)
        return unique


#: ``dari sisi Pemerintah,``: after a lowercase word or a comma on the same line
_NATIONAL_BODY = regex.compile(
    r"(?<=[\p{Ll},][ ])(?:%s)(?![\p{L}\p{N}-])(?![ ]*[\p{Lu}\p{N}(])" % "|".join(L.NATIONAL_BODY_WORDS)
)


def _find_national_bodies(text: str) -> list[Candidate]:
    """A capitalised ``Pemerintah`` in mid-sentence, no name after it: the Government
    (:data:`~beritaner.lang.id.orgs.NATIONAL_BODY_WORDS`); it outranks the generic class."""
    return [_cand(m.start(), m.end(), m.group(), 0.9) for m in _NATIONAL_BODY.finditer(text)]


@Language.factory("beritaner_orgs")
def make_org_recognizer(nlp: Language, name: str) -> OrgRecognizer:
    return OrgRecognizer()


__all__ = [
    "OrgRecognizer", "OrgMatch", "parse_org", "parse_alias", "find_orgs", "descriptive_body",
    "is_descriptive_word", "SUBUNIT_HEADS", "PORTFOLIO",
]
