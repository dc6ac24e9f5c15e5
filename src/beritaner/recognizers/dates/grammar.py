"""The DATE grammar: the patterns that find Indonesian calendar expressions (atoms),
the longest-wins selection and the joining of two atoms into a range.

Passes 1 and 2 of :mod:`beritaner.recognizers.dates`; word lists are in
:mod:`beritaner.lang.id.dates`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Iterator

import regex

from ...lang.id import dates as W
from .. import openings

# --- pattern building blocks ------------------------------------------------------


def _first(words) -> str:
    """A lookahead for the first letters of ``words`` (either case): a cheap test that
    lets a pattern skip most positions before trying its alternation."""
    letters = sorted({w[0].lower() for w in words} | {w[0].upper() for w in words})
    return "(?=[" + "".join(regex.escape(c) for c in letters) + "])"


def alt(words) -> str:
    """An alternation of words, longest first; spaces inside match 1-4 whitespace."""
    parts = []
    for w in sorted(set(words), key=lambda x: (-len(x), x)):
        parts.append(r"\s{1,4}".join(regex.escape(p) for p in w.split(" ")))
    return "(?:" + "|".join(parts) + ")"


SP = r"\s{1,4}"
OSP = r"\s{0,4}"
L_EDGE = r"(?<![\p{L}\p{N}_])"
R_EDGE = r"(?![\p{L}\p{N}_])"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MNUM = r"(?:0?[1-9]|1[0-2])"
YEAR4 = r"(?:19\d\d|20\d\d|2100)"  # a year standing alone: 1900-2100 only
FULL_YEAR = r"(?:1[5-9]\d\d|20\d\d|2100)"  # after a day and month: history too (1885)
MONTH = (
    rf"(?:(?i:{alt(W.MONTH_NAMES)})|(?i:{alt(W.MONTH_ABBREVIATIONS)})\.?)"
    r"(?![\p{L}])"
)
WEEKDAY = rf"(?i:{alt(W.WEEKDAYS)})(?![\p{{L}}'’])"
RANGE_SEP = rf"(?:{OSP}[-–—]{OSP}|{SP}(?i:{alt(W.RANGE_CONNECTORS)}){SP})"
# A weekday that starts a span, also glued after a dropped link (``BeritaKamis``).
WD_START = r"(?:(?<![\p{L}\p{N}_])|(?<=\p{Ll})(?=\p{Lu}))"
WD_PREFIX = (
    rf"(?:{WD_START}(?P<wd>{WEEKDAY})(?:{OSP}[-–]{OSP}(?P<wd2>{WEEKDAY}))?"
    rf"(?:{OSP},{OSP}(?P<po>\(){OSP}|{OSP},{OSP}"
    rf"|(?:{SP}(?i:lalu|kemarin|depan|mendatang|nanti|ini))?{OSP}(?P<po>\(){OSP}"
    rf"|{SP}(?i:{alt(W.DAY_PREFIXES)}){SP}|{SP}))"
)
# Before a day number: no digit or decimal mark, but ``Jumat,20 Februari`` is fine.
D_EDGE = r"(?:(?<![\p{N}.,/:])|(?<=\p{L}\s{0,2},))"
NUM_CORE = (  # not a day range before a month name: ``3-9 September 2023``
    rf"{D_EDGE}(?:(?P<d0>{DAY}){OSP}[-–]{OSP})?(?P<d>{DAY})(?P<sep>[/.-])"
    rf"(?P<m>{MNUM})(?:(?P=sep)(?P<y>{FULL_YEAR}|\d\d))?(?![\p{{N}}]|[/.,-]\p{{N}}|{OSP}{MONTH})"
)
ISO_CORE = (
    rf"(?<![\p{{N}}.,/:-])(?P<y>{YEAR4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?![\p{N}])"
)
TEXT_CORE = (  # ``19-20 Februari``, ``17 hingga 18 Juni``, coordinated ``18 dan 19 Juni``
    rf"{D_EDGE}(?:(?P<d0>{DAY})(?:{RANGE_SEP}|{SP}(?i:{alt(W.DAY_COORDINATORS)}){SP}))?(?P<d>{DAY})(?:{OSP}|-)"
    rf"(?P<mon>{MONTH})(?:(?:{OSP},)?{SP}(?:(?i:tahun){SP})?(?P<y>{FULL_YEAR})|-(?P<y>{FULL_YEAR}))?"
    r"(?![\p{N}])"
)

# The date itself starts with a digit (a cheap first test at every position); the
# weekday before it is looked up from the match, within 40 characters.
DATE_RE = regex.compile(rf"{D_EDGE}(?=\d)(?:{NUM_CORE}|{ISO_CORE}|{TEXT_CORE})")
WD_LEFT_RE = regex.compile(rf"{WD_PREFIX}$")
_WD_FIRST = "".join(sorted({w[0].lower() for w in W.WEEKDAYS} | {w[0].upper() for w in W.WEEKDAYS}))
MONTH_RE = regex.compile(
    rf"{_first(list(W.MONTH_NAMES) + list(W.MONTH_ABBREVIATIONS))}{L_EDGE}(?P<mon>{MONTH})(?:(?:{OSP},)?{SP}(?:(?i:tahun){SP})?(?P<y>{FULL_YEAR}))?"
    r"(?![\p{N}])"
)
YEAR_LABEL = rf"(?:(?i:{alt(W.YEAR_PREFIXES)})|{alt(W.YEAR_PREFIXES_CASED)})"
# A bare year is only a candidate where some context could make it a year (checked
# again in Python); the gate keeps a text full of numbers from making millions of
# candidates.
_YEAR_GATE = (
    rf"(?:(?<={L_EDGE}(?i:{alt(W.YEAR_CONTEXT_PREVIOUS | W.YEAR_EVENT_WORDS | set(W.PART_OF_PERIOD))}){SP})"
    rf"|(?<=\p{{Lu}}[\p{{L}}-]{{1,40}}{SP})"
    rf"|(?<=(?:19|20)\d\d{OSP}(?:,|(?i:{alt(w for w in W.YEAR_LIST_JOINERS if w != ',')})){SP})"
    rf"|(?={YEAR4}{SP}(?i:{alt(W.YEAR_CONTEXT_NEXT)}){R_EDGE})"
    rf"|(?<=\(){OSP}|(?<=\)[ ])"  # (2019-2024), Pemilihan Presiden (Pilpres) 2024
    rf"|(?={YEAR4}{OSP}[-–]{OSP}{YEAR4}(?!\d)))"  # a span of years: untuk 2024-2029
)
YEAR_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,/:$_-])(?=[\d{_first(list(W.YEAR_PREFIXES) + list(W.YEAR_PREFIXES_CASED))[4:-2]}])(?:(?P<pfx>{YEAR_LABEL}){SP})?(?<![\p{{L}}\p{{N}}.,/:$_-])(?(pfx)|{_YEAR_GATE})(?P<y1>{YEAR4})"
    rf"(?:(?P<rsep>{OSP}[-–—/]{OSP}|{SP}(?i:{alt(W.RANGE_CONNECTORS)}){SP})(?P<y2>{YEAR4}))?"
    r"(?![\p{L}\p{N}_]|[.,/]\p{N}|-\p{N}|-an)"
)
_ORD_WORDS = alt(k for k in W.ORDINALS if not k.isdigit())
QUARTER_RE = regex.compile(
    rf"{_first(list(W.YEAR_PARTS) + ['Q'])}{L_EDGE}(?P<qw>(?i:{alt(W.YEAR_PARTS)})){OSP}(?:(?i:ke){OSP}-?{OSP})?"
    rf"(?P<qn>(?i:{_ORD_WORDS})|[1-4]){R_EDGE}"
    rf"(?:(?:{OSP}[-/]{OSP}|{SP}(?:(?i:tahun){SP})?)(?P<y>{YEAR4})(?![\p{{N}}])"
    rf"|{SP}(?P<rel>(?i:tahun){SP}(?P<dir>(?i:ini|lalu|kemarin|depan|mendatang))){R_EDGE}"
    rf"|(?P<bare>))"
    rf"|{L_EDGE}(?P<qq>Q[1-4])(?:{OSP}[-/]{OSP}|{SP})(?P<y>{YEAR4})(?![\p{{N}}])"
)
REL_DAY_RE = regex.compile(rf"{_first(W.RELATIVE_DAYS)}(?<![\p{{L}}\p{{N}}_-])(?P<rd>(?i:{alt(W.RELATIVE_DAYS)})){R_EDGE}")
_DIRS = alt(W.RELATIVE_DIRECTIONS)
REL_PERIOD_RE = regex.compile(
    rf"{L_EDGE}(?=[\d{_first(list(W.NUMBER_WORDS) + list(W.PERIOD_UNITS) + ['se'])[4:-2]}])(?:(?P<num>(?i:{alt(W.NUMBER_WORDS)})|[0-9]{{1,2}}){SP}|(?P<se>(?i:se)))?"
    rf"(?P<unit>(?i:{alt(W.PERIOD_UNITS)})){SP}(?P<dir>(?i:{_DIRS})){R_EDGE}"
)
DOM_RE = regex.compile(  # ``tanggal 25 nanti``: a day of a month left unnamed
    rf"{L_EDGE}(?P<pre>(?i:{alt(W.DAY_PREFIXES)})){SP}(?P<d>{DAY})(?![\p{{N}}]|{OSP}[/.-]{OSP}\p{{N}}|{SP}{MONTH})"
    rf"(?:{SP}(?P<dir>(?i:{alt(W.DATE_TRAILING_WORDS)}|ini)){R_EDGE})?"
)
SCHOOL_YEAR_RE = regex.compile(
    rf"(?=[tT]){L_EDGE}(?i:{alt(W.SCHOOL_YEAR_WORDS)}){SP}(?P<dir>(?i:{alt(W.SCHOOL_YEAR_DIRECTIONS)})){R_EDGE}"
)
# A bare weekday is only a candidate after a context word, a comma or a sentence
# start, or before lalu/depan/... (checked again in Python).
_WD_GATE = (
    rf"(?:(?<={L_EDGE}(?i:{alt(W.WEEKDAY_CONTEXT_PREVIOUS)}){SP})|(?<=,{OSP})"
    rf"|(?<=(?:^|[.!?\n:;])[\s\"“”'‘’?(]{{0,4}})"
    rf"|{L_EDGE}(?={WEEKDAY}{SP}(?i:pekan|minggu|yang{SP}lalu|lalu|kemarin|depan|mendatang|nanti|ini"
    rf"|{alt(W.TIMES_OF_DAY)}){R_EDGE})"
    rf"|{L_EDGE}(?={WEEKDAY}(?:{OSP}[.,;:)]|{SP}\p{{Ll}})))"
)
BARE_WD_RE = regex.compile(
    rf"(?=[{_WD_FIRST}]){_WD_GATE}(?P<wd>{WEEKDAY})"
    rf"(?:(?P<wk>{SP}(?i:pekan|minggu){SP}(?i:depan|lalu|ini|kemarin|mendatang))"
    rf"|{SP}(?P<dir>(?i:yang{SP}lalu|lalu|kemarin|depan|mendatang|nanti|ini)))?{R_EDGE}"
)

_CONNECTOR_RE = regex.compile(rf"^{RANGE_SEP}$")
_PREFIX_ALT = alt(W.DAY_PREFIXES + W.WEEKDAY_PREFIXES + W.MONTH_PREFIXES + ("tahun",))
LEFT_RE = regex.compile(  # searched backwards from the atom: one attempt
    rf"(?r)(?:{L_EDGE}(?P<part>(?i:{alt(W.PART_OF_PERIOD)})){SP})?"
    rf"(?:{L_EDGE}(?P<pre>(?i:{_PREFIX_ALT})){SP})?$"
)
TRAIL_RE = regex.compile(rf"{SP}(?P<t>(?i:{alt(W.DATE_TRAILING_WORDS)})){R_EDGE}")
DATELINE_RE = regex.compile(rf"{OSP}\((?i:antara)\)")
_CLOSE_PAREN_RE = regex.compile(rf"{OSP}\)")
WORD_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.\-']{0,30}")

_MONTHS = {**W.MONTH_NAMES, **W.MONTH_ABBREVIATIONS}
LOWER_PREFIXES_DAY = {p.lower() for p in W.DAY_PREFIXES}
LOWER_PREFIXES_WD = {p.lower() for p in W.WEEKDAY_PREFIXES}
LOWER_PREFIXES_MONTH = {p.lower() for p in W.MONTH_PREFIXES}
_ROMAN_OR_WORD = {k.lower(): v for k, v in W.ORDINALS.items()}


_SPACES_RE = regex.compile(r"\s+")


def norm(s: str) -> str:
    return _SPACES_RE.sub(" ", s.lower().rstrip("."))


def weekday_of(word: str | None) -> int | None:
    if not word:
        return None
    return W.WEEKDAYS.get(norm(word))


def month_of(word: str) -> int | None:
    return _MONTHS.get(norm(word))


# --- atoms ------------------------------------------------------------------------


@dataclass
class Atom:
    """One recognised expression before context and resolution."""

    start: int
    end: int
    kind: str  # day month year quarter rel_day rel_period weekday range
    score: float
    y: int | None = None
    m: int | None = None
    d: int | None = None
    d0: int | None = None  # first day of a same-month range (19-20 Februari)
    y2: int | None = None  # last year of a year range
    wd: int | None = None
    wd2: int | None = None
    direction: int | None = None  # -1 past, +1 future, 0 current (written)
    offset: int = 0  # relative periods: how many units from the reference
    unit: str | None = None  # relative periods: day week month year
    week_offset: int | None = None  # ``Senin pekan depan``
    part: int | None = None  # quarter/half/caturwulan number
    grain: str | None = None  # quarter half interval, for ``kind == "quarter"``
    needs_context: bool = False
    paren: bool = False
    left: "Atom | None" = None
    right: "Atom | None" = None


def _timeout(text: str) -> float:
    return 5.0 + len(text) / 250_000


def _iter(pattern: regex.Pattern, text: str) -> Iterator[regex.Match]:
    """The pattern's matches, left to right, not overlapping (as ``finditer``), tried only
    where a word its matches open with stands (:mod:`beritaner.recognizers.openings`)."""
    try:
        yield from openings.finditer(pattern, text, timeout=_timeout(text))
    except TimeoutError:  # pragma: no cover - hostile input; keep what was found
        return


# The words each pattern's matches begin with (tried only there: see ``openings``).
for _pattern, _words in (
    (DATE_RE, openings.DIGITS),
    (MONTH_RE, [*W.MONTH_NAMES, *W.MONTH_ABBREVIATIONS]),
    (YEAR_RE, [*W.YEAR_PREFIXES, *W.YEAR_PREFIXES_CASED, "1", "2"]),
    (QUARTER_RE, [*W.YEAR_PARTS, "q"]),
    (REL_DAY_RE, W.RELATIVE_DAYS),
    (REL_PERIOD_RE, [*W.NUMBER_WORDS, *W.PERIOD_UNITS, "se", *openings.DIGITS]),
    (BARE_WD_RE, W.WEEKDAYS),
):
    openings.declare(_pattern, _words)


def _two_digit_year(s: str) -> int:
    n = int(s)
    return n if n >= 100 else (2000 + n if n < 70 else 1900 + n)


def _valid(y: int | None, m: int, d: int) -> bool:
    try:
        dt.date(2024 if y is None else y, m, d)  # 2024: leap, so 29/2 is possible
    except ValueError:
        return False
    return True


def date_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(DATE_RE, text):
        g = mt.groupdict()
        d = int(g["d"])
        d0 = int(g["d0"]) if g.get("d0") else None
        if g.get("mon"):
            m = month_of(g["mon"])
            if m is None:
                continue
        else:
            m = int(g["m"])
        y = None
        if g.get("y"):
            y = _two_digit_year(g["y"])
        start, end = mt.start(), mt.end()
        left = WD_LEFT_RE.search(text, max(0, start - 40), start)
        wd = wd2 = None
        paren = False
        if left:
            wd, wd2 = weekday_of(left.group("wd")), weekday_of(left.group("wd2"))
            paren = bool(left.group("po"))
            start = left.start()
        if g.get("sep") and g["sep"] != "/" and y is None:
            continue  # 10.05 is a time; 2-1 a score
        if g.get("sep") and y is None and wd is None:
            # bare d/m: a date only in parentheses or after ``tanggal``
            score = 0.8
        elif y is None:
            score = 0.92
        else:
            score = 0.95
        if g.get("sep") and g.get("y") and len(g["y"]) == 2 and wd is None:
            score = min(score, 0.9)
        if not _valid(y, m, d) or (d0 is not None and (d0 >= d or not _valid(y, m, d0))):
            continue
        if paren:
            close = _CLOSE_PAREN_RE.match(text, end, min(len(text), end + 6))
            if close:
                end = close.end()
        atom = Atom(start, end, "day", score, y=y, m=m, d=d, d0=d0, wd=wd, wd2=wd2, paren=paren)
        if g.get("sep") and y is None and wd is None:
            atom.needs_context = True  # settled in apply_context (parentheses, tanggal)
        yield atom


def month_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(MONTH_RE, text):
        mon = mt.group("mon")
        m = month_of(mon)
        if m is None:
            continue
        y = int(mt.group("y")) if mt.group("y") else None
        if y is None:
            if norm(mon) not in W.MONTH_NAMES or not mon[0].isupper():
                continue  # bare abbreviations (Jan) and lowercase words are not months
            yield Atom(mt.start(), mt.end(), "month", 0.88, m=m, needs_context=True)
        else:
            yield Atom(mt.start(), mt.end(), "month", 0.94, y=y, m=m)


def year_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(YEAR_RE, text):
        y1 = int(mt.group("y1"))
        y2 = int(mt.group("y2")) if mt.group("y2") else None
        pfx = mt.group("pfx")
        if y2 is not None and y2 <= y1:
            continue
        rsep = (mt.group("rsep") or "").strip()
        if y2 is not None and rsep == "/" and y2 != y1 + 1:
            continue  # 2025/2026 is a school or fiscal year; other slashes are not
        atom = Atom(mt.start(), mt.end(), "year", 0.93 if pfx else 0.9, y=y1, y2=y2)
        if not pfx:
            atom.needs_context = True
        elif pfx == "TA" or pfx == "T.A.":
            atom.score = 0.9
        yield atom


def quarter_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(QUARTER_RE, text):
        if mt.group("qq"):
            part, grain = int(mt.group("qq")[1]), "quarter"
        else:
            grain, count = W.YEAR_PARTS[norm(mt.group("qw"))]
            part = _ROMAN_OR_WORD.get(norm(mt.group("qn")))
            if part is None or part > count:
                continue
        atom = Atom(mt.start(), mt.end(), "quarter", 0.93, part=part, grain=grain)
        if mt.group("y"):
            atom.y = int(mt.group("y"))
        elif mt.group("bare") is not None:
            if grain != "quarter":
                continue  # ``semester II`` alone is a school term
            atom.unit, atom.score = "latest", 0.86
        else:
            atom.unit, atom.offset = "year", W.RELATIVE_DIRECTIONS[norm(mt.group("dir"))]
        yield atom


def rel_day_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(REL_DAY_RE, text):
        offset = W.RELATIVE_DAYS[norm(mt.group("rd"))]
        yield Atom(mt.start(), mt.end(), "rel_day", 0.9 if offset != 2 else 0.88,
                   unit="day", offset=offset)


def rel_period_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(REL_PERIOD_RE, text):
        unit_word = mt.group("unit")
        unit = W.PERIOD_UNITS[norm(unit_word)]
        direction = W.RELATIVE_DIRECTIONS[norm(mt.group("dir"))]
        num = mt.group("num")
        n = None
        if num:
            n = int(num) if num.isdigit() else W.NUMBER_WORDS.get(norm(num))
        elif mt.group("se"):
            n = 1
        if n is None and prev_word(text, mt.start())[0].lower() in W.VAGUE_QUANTITIES:
            continue  # ``beberapa bulan lalu``: vague, not a date
        if n is not None:
            if direction != -1 or n == 0:
                continue  # ``dua tahun mendatang``, ``setahun ini``: durations
            yield Atom(mt.start(), mt.end(), "rel_period", 0.88, unit=unit, offset=-n)
            continue
        if unit == "day":
            continue  # ``hari lalu`` alone means nothing; ``hari ini`` is a rel_day
        if norm(unit_word) == "minggu" and unit_word[0] == "M":
            # ``pada Minggu lalu`` / ``, Minggu kemarin``: Sunday, not last week
            before = text[max(0, mt.start() - 12) : mt.start()]
            if regex.search(r"(?:(?i:pada|hari)\s{1,4}|,\s{0,4})$", before):
                yield Atom(mt.start(), mt.end(), "weekday", 0.9, wd=6,
                           direction=direction if direction else None)
                continue
        yield Atom(mt.start(), mt.end(), "rel_period", 0.9, unit=unit, offset=direction)


def dom_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(DOM_RE, text):
        if recurring(text, mt.start()):
            continue  # ``setiap tanggal 25``
        atom = Atom(mt.start(), mt.end(), "dom", 0.86, d=int(mt.group("d")))
        if mt.group("dir"):
            d = norm(mt.group("dir"))
            atom.direction = 0 if d == "ini" else W.DATE_TRAILING_WORDS[d]
        yield atom


def school_year_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(SCHOOL_YEAR_RE, text):
        offset = W.SCHOOL_YEAR_DIRECTIONS[norm(mt.group("dir"))]
        yield Atom(mt.start(), mt.end(), "school_year", 0.9, offset=offset if offset is not None else 99)


def bare_weekday_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(BARE_WD_RE, text):
        word = mt.group("wd")
        wd = weekday_of(word)
        if wd is None:
            continue
        capital = word[0].isupper() and not word.isupper() or word.isupper() and len(word) > 1
        dir_word = mt.group("dir")
        wk = mt.group("wk")
        if not capital and not (dir_word or wk):
            continue
        if wd == 6 and not word[0].isupper():
            continue  # lowercase ``minggu`` is a week
        atom = Atom(mt.start(), mt.end(), "weekday", 0.87, wd=wd)
        if wk:
            atom.week_offset = W.RELATIVE_DIRECTIONS[norm(wk.split()[-1])]
            atom.score = 0.9
        elif dir_word:
            d = norm(dir_word)
            if d == "nanti":
                atom.direction = 1
            else:
                atom.direction = W.RELATIVE_DIRECTIONS[d]
            if wd == 6 and atom.direction is not None and word[0] == "M":
                continue  # ``Minggu lalu`` is settled by the relative-period pattern
            atom.score = 0.9
        else:
            atom.needs_context = True
        yield atom


# --- selection, ranges, context -----------------------------------------------------

_PRIORITY = {"day": 6, "quarter": 5, "month": 4, "school_year": 4, "rel_period": 3, "weekday": 2,
             "year": 1, "rel_day": 1}  # fmt: skip


def select(atoms: list[Atom], length: int) -> list[Atom]:
    """Longest first; an atom overlapping an already chosen one is dropped."""
    chosen: list[Atom] = []
    occupied = bytearray(length)  # atoms are short: marking characters stays linear
    for a in sorted(atoms, key=lambda a: (a.start - a.end, -_PRIORITY.get(a.kind, 0), a.start)):
        if occupied.find(1, a.start, a.end) != -1:
            continue
        chosen.append(a)
        occupied[a.start : a.end] = b"\x01" * (a.end - a.start)
    chosen.sort(key=lambda a: a.start)
    return chosen


def _compatible(a: Atom, b: Atom) -> bool:
    if a.kind != b.kind or a.kind not in ("day", "month", "year"):
        return False
    if a.kind == "day" and (a.d0 is not None or b.d0 is not None):
        return False
    if a.kind == "year" and (a.y2 is not None or b.y2 is not None):
        return False
    if a.y is not None and b.y is None:
        return False
    return True


_RELATIVE_GAP = regex.compile(r"[ \t]{1,3}|,[ \t]{1,3}")


def merge_relative_days(text: str, atoms: list[Atom]) -> list[Atom]:
    """A relative day written with the weekday or date it names is one span, valued as
    the written date: ``kemarin Sabtu (10/2)``, ``besok, Rabu (8/11/2023)``, ``hari ini
    Selasa, 7 November 2023`` (and ``Rabu (25/10) besok`` the other way round)."""
    out: list[Atom] = []
    for atom in atoms:
        prev = out[-1] if out else None
        if prev is not None and _RELATIVE_GAP.fullmatch(text, prev.end, atom.start):
            if prev.kind == "rel_day" and atom.kind in ("day", "weekday"):
                out[-1] = replace(atom, start=prev.start, score=max(prev.score, atom.score))
                continue
            if atom.kind == "rel_day" and prev.kind in ("day", "weekday") and text[prev.end] != "," and atom.offset:
                direction = 1 if atom.offset > 0 else -1  # ``Rabu besok``: the coming Wednesday
                out[-1] = replace(prev, end=atom.end, score=max(prev.score, atom.score),
                                  direction=prev.direction if prev.direction is not None else direction)
                continue
        out.append(atom)
    return out


def merge_ranges(text: str, atoms: list[Atom]) -> list[Atom]:
    out: list[Atom] = []
    for atom in atoms:
        if out:
            prev = out[-1]
            gap = text[prev.end : atom.start]
            if len(gap) <= 20 and _compatible(prev, atom) and _CONNECTOR_RE.match(gap):
                left = replace(prev)
                if left.kind == "day" and left.m is None:
                    left.m = atom.m
                merged = Atom(prev.start, atom.end, "range", max(prev.score, atom.score),
                              left=left, right=atom,
                              needs_context=prev.needs_context and atom.needs_context)
                out[-1] = merged
                continue
        out.append(atom)
    return out


# --- words around an atom ----------------------------------------------------------


def prev_word(text: str, pos: int) -> tuple[str, str, int]:
    """(word, separator, word start) just before ``pos`` (within 40 characters)."""
    lo = max(0, pos - 40)
    i = pos
    while i > lo and not (text[i - 1].isalnum()):
        i -= 1
    sep = text[i:pos]
    j = i
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in ".-'"):
        j -= 1
    return text[j:i], sep, j


def next_word(text: str, pos: int) -> tuple[str, str]:
    m = WORD_RE.search(text, pos, min(len(text), pos + 40))
    if not m:
        return "", text[pos : pos + 40]
    return m.group().rstrip(".-'"), text[pos : m.start()]


def sentence_initial(text: str, pos: int) -> bool:
    k = pos
    while k > 0 and text[k - 1] in " \t\xa0\"“”'‘’?(":
        k -= 1
    return k == 0 or text[k - 1] in ".!?\n:;"


_RECURRING_RE = regex.compile(rf"{L_EDGE}(?i:{alt(W.RECURRING_WORDS)}){R_EDGE}")


def recurring(text: str, pos: int) -> bool:
    """``setiap Senin hingga Jumat``: a recurring day earlier in the same clause."""
    window = text[max(0, pos - 30) : pos]
    cut = max(window.rfind(","), window.rfind("."), window.rfind("\n"))
    return bool(_RECURRING_RE.search(window[cut + 1 :]))
