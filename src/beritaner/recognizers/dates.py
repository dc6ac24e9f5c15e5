"""The DATE recognizer: Indonesian calendar expressions and their ISO values.

The core is the pure function :func:`find_dates` over raw text (character offsets are
exact into that text); the spaCy component :class:`DateRecognizer` calls it with
``doc.text`` and ``doc._.reference_date``. Word lists live in
:mod:`beritaner.lang.id.dates`.

How it works, in four passes:

1. **Atoms.** A handful of bounded patterns (``regex`` package, no nested
   quantifiers, a time limit per pattern) find weekday + date (``Kamis (19/2/2026)``,
   ``Jumat, 12 Desember 2019``), numeric and written dates, months, years with their
   labels (``tahun anggaran 2021``), quarters and halves, relative days
   (``kemarin``), relative periods (``pekan lalu``, ``tiga hari yang lalu``) and bare
   weekdays. Overlapping atoms: the longest wins.
2. **Ranges.** Two atoms joined by ``-``/``hingga``/``sampai``/``s.d.`` become one
   span (``17 Juli hingga 5 Agustus 2025``); the left end borrows the right end's
   month and year.
3. **Context.** Leading ``tanggal``/``hari``/``bulan``/``tahun`` and a part-of-period
   word (``awal``, ``pertengahan``, ``akhir``, ``medio``) join the span; a trailing
   ``lalu``/``kemarin``/``mendatang``/``silam``/``nanti`` joins it too. Bare years and
   bare months are kept only where the context makes them dates (``sepanjang 2025``,
   ``pada Maret``, ``China Open 2025``, ``2019 silam``), never ``2025 peserta``.
4. **Values.** ISO 8601: ``2026-02-19`` (day), ``2026-W08`` (week), ``2025-07``
   (month), ``2025-Q3`` (quarter), ``2026-H1`` (half), ``2025`` (year), ``a/b``
   (interval; a caturwulan is the interval of its four months). Conventions:

   * ``awal``/``pertengahan``/``akhir`` keep the value and grain of what they qualify
     (``awal Maret 2026`` → ``2026-03``, ``akhir 2027`` → ``2027``).
   * A date (or month) without a year: a written weekday picks the year in which it
     fits; otherwise the last occurrence on or before the reference date, unless the
     sentence looks ahead (``akan``, ``dijadwalkan``, ``mendatang``, ``bila`` …) or the
     next occurrence is less than half as far away (``24 Februari`` in an article of
     19 February 2026 is 2026, ``28 Oktober`` is 2025); a sentence that looks back
     (``sejak``, ``sudah``, ``lalu`` …) always takes the last one. ``tanggal 25``
     alone is the nearest 25th by the same rule.
   * A bare weekday is the latest such day on or before the reference date (the next
     one on or after it in a forward-looking sentence); ``Senin lalu`` is strictly
     before, ``Senin depan`` strictly after, ``Senin ini`` in the reference week.
   * ``pekan/minggu lalu`` → ISO week; ``tiga hari yang lalu`` → a day; a bare
     ``triwulan III`` → the latest third quarter that has begun; ``tahun ajaran baru``
     → the school year starting this July (next year's from October on).
   * Without a reference date every relative or year-less expression has value
     ``None`` (never the clock).
   * When a weekday and a written date disagree, the date wins and
     ``weekday_mismatch`` is true.

Scores (the resolver takes ≥ 0.85 as certain): 0.95 a date with its year or weekday,
0.92-0.94 a day or month without year, a month with year, a labelled year or quarter;
0.9 relative words and years after a preposition; 0.86-0.88 bare weekdays and months
in context, event-name years (``China Open 2025``), bare quarters; 0.84 and 0.8 only
fill gaps: a bare month between lowercase words, an agency-style weekday
(``Menlu Mesir Sabtu menyerukan``), a parenthesised ``(18/2)`` without weekday.

Bounds: every pattern has bounded repetition and no nested quantifiers, each scan has a
time limit (``regex`` ``timeout``), bare years and weekdays are gated inside the
patterns so a text full of numbers makes no candidates, and overlap checks mark
characters in a bytearray: time stays linear in the text (bench/RESULTS-dates.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Iterator

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import Candidate, text_of
from ..lang.id import dates as W
from ._base import Recognizer

SOURCE = "dates"
LABEL = "DATE"

# --- pattern building blocks ------------------------------------------------------


def _first(words) -> str:
    """A lookahead for the first letters of ``words`` (either case): a cheap test that
    lets a pattern skip most positions before trying its alternation."""
    letters = sorted({w[0].lower() for w in words} | {w[0].upper() for w in words})
    return "(?=[" + "".join(regex.escape(c) for c in letters) + "])"


def _alt(words) -> str:
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
    rf"(?:(?i:{_alt(W.MONTH_NAMES)})|(?i:{_alt(W.MONTH_ABBREVIATIONS)})\.?)"
    r"(?![\p{L}])"
)
WEEKDAY = rf"(?i:{_alt(W.WEEKDAYS)})(?![\p{{L}}'’])"
RANGE_SEP = rf"(?:{OSP}[-–—]{OSP}|{SP}(?i:{_alt(W.RANGE_CONNECTORS)}){SP})"
# A weekday that starts a span, also glued after a dropped link (``BeritaKamis``).
WD_START = r"(?:(?<![\p{L}\p{N}_])|(?<=\p{Ll})(?=\p{Lu}))"
WD_PREFIX = (
    rf"(?:{WD_START}(?P<wd>{WEEKDAY})(?:{OSP}[-–]{OSP}(?P<wd2>{WEEKDAY}))?"
    rf"(?:{OSP},{OSP}(?P<po>\(){OSP}|{OSP},{OSP}"
    rf"|(?:{SP}(?i:lalu|kemarin|depan|mendatang|nanti|ini))?{OSP}(?P<po>\(){OSP}"
    rf"|{SP}(?i:{_alt(W.DAY_PREFIXES)}){SP}|{SP}))"
)
# Before a day number: no digit or decimal mark, but ``Jumat,20 Februari`` is fine.
D_EDGE = r"(?:(?<![\p{N}.,/:])|(?<=\p{L}\s{0,2},))"
NUM_CORE = (
    rf"{D_EDGE}(?:(?P<d0>{DAY}){OSP}[-–]{OSP})?(?P<d>{DAY})(?P<sep>[/.-])"
    rf"(?P<m>{MNUM})(?:(?P=sep)(?P<y>{FULL_YEAR}|\d\d))?(?![\p{{N}}]|[/.,-]\p{{N}})"
)
ISO_CORE = (
    rf"(?<![\p{{N}}.,/:-])(?P<y>{YEAR4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?![\p{N}])"
)
TEXT_CORE = (
    rf"{D_EDGE}(?:(?P<d0>{DAY}){RANGE_SEP})?(?P<d>{DAY})(?:{OSP}|-)"
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
YEAR_LABEL = rf"(?:(?i:{_alt(W.YEAR_PREFIXES)})|{_alt(W.YEAR_PREFIXES_CASED)})"
# A bare year is only a candidate where some context could make it a year (checked
# again in Python); the gate keeps a text full of numbers from making millions of
# candidates.
_YEAR_GATE = (
    rf"(?:(?<={L_EDGE}(?i:{_alt(W.YEAR_CONTEXT_PREVIOUS | W.YEAR_EVENT_WORDS | set(W.PART_OF_PERIOD))}){SP})"
    rf"|(?<=\p{{Lu}}[\p{{L}}-]{{1,40}}{SP})"
    rf"|(?<=(?:19|20)\d\d{OSP}(?:,|(?i:{_alt(w for w in W.YEAR_LIST_JOINERS if w != ',')})){SP})"
    rf"|(?={YEAR4}{SP}(?i:{_alt(W.YEAR_CONTEXT_NEXT)}){R_EDGE}))"
)
YEAR_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,/:$_-])(?=[\d{_first(list(W.YEAR_PREFIXES) + list(W.YEAR_PREFIXES_CASED))[4:-2]}])(?:(?P<pfx>{YEAR_LABEL}){SP})?(?<![\p{{L}}\p{{N}}.,/:$_-])(?(pfx)|{_YEAR_GATE})(?P<y1>{YEAR4})"
    rf"(?:(?P<rsep>{OSP}[-–—/]{OSP}|{SP}(?i:{_alt(W.RANGE_CONNECTORS)}){SP})(?P<y2>{YEAR4}))?"
    r"(?![\p{L}\p{N}_]|[.,/]\p{N}|-\p{N}|-an)"
)
_ORD_WORDS = _alt(k for k in W.ORDINALS if not k.isdigit())
QUARTER_RE = regex.compile(
    rf"{_first(list(W.YEAR_PARTS) + ['Q'])}{L_EDGE}(?P<qw>(?i:{_alt(W.YEAR_PARTS)})){OSP}(?:(?i:ke){OSP}-?{OSP})?"
    rf"(?P<qn>(?i:{_ORD_WORDS})|[1-4]){R_EDGE}"
    rf"(?:(?:{OSP}[-/]{OSP}|{SP}(?:(?i:tahun){SP})?)(?P<y>{YEAR4})(?![\p{{N}}])"
    rf"|{SP}(?P<rel>(?i:tahun){SP}(?P<dir>(?i:ini|lalu|kemarin|depan|mendatang))){R_EDGE}"
    rf"|(?P<bare>))"
    rf"|{L_EDGE}(?P<qq>Q[1-4])(?:{OSP}[-/]{OSP}|{SP})(?P<y>{YEAR4})(?![\p{{N}}])"
)
REL_DAY_RE = regex.compile(rf"{_first(W.RELATIVE_DAYS)}(?<![\p{{L}}\p{{N}}_-])(?P<rd>(?i:{_alt(W.RELATIVE_DAYS)})){R_EDGE}")
_DIRS = _alt(W.RELATIVE_DIRECTIONS)
REL_PERIOD_RE = regex.compile(
    rf"{L_EDGE}(?=[\d{_first(list(W.NUMBER_WORDS) + list(W.PERIOD_UNITS) + ['se'])[4:-2]}])(?:(?P<num>(?i:{_alt(W.NUMBER_WORDS)})|\d{{1,2}}){SP}|(?P<se>(?i:se)))?"
    rf"(?P<unit>(?i:{_alt(W.PERIOD_UNITS)})){SP}(?P<dir>(?i:{_DIRS})){R_EDGE}"
)
DOM_RE = regex.compile(  # ``tanggal 25 nanti``: a day of a month left unnamed
    rf"{L_EDGE}(?P<pre>(?i:{_alt(W.DAY_PREFIXES)})){SP}(?P<d>{DAY})(?![\p{{N}}]|{OSP}[/.-]{OSP}\p{{N}}|{SP}{MONTH})"
    rf"(?:{SP}(?P<dir>(?i:{_alt(W.DATE_TRAILING_WORDS)}|ini)){R_EDGE})?"
)
SCHOOL_YEAR_RE = regex.compile(
    rf"(?=[tT]){L_EDGE}(?i:{_alt(W.SCHOOL_YEAR_WORDS)}){SP}(?P<dir>(?i:{_alt(W.SCHOOL_YEAR_DIRECTIONS)})){R_EDGE}"
)
# A bare weekday is only a candidate after a context word, a comma or a sentence
# start, or before lalu/depan/... (checked again in Python).
_WD_GATE = (
    rf"(?:(?<={L_EDGE}(?i:{_alt(W.WEEKDAY_CONTEXT_PREVIOUS)}){SP})|(?<=,{OSP})"
    rf"|(?<=(?:^|[.!?\n:;])[\s\"“”'‘’?(]{{0,4}})"
    rf"|{L_EDGE}(?={WEEKDAY}{SP}(?i:pekan|minggu|yang{SP}lalu|lalu|kemarin|depan|mendatang|nanti|ini"
    rf"|{_alt(W.TIMES_OF_DAY)}){R_EDGE})"
    rf"|{L_EDGE}(?={WEEKDAY}(?:{OSP}[.,;:)]|{SP}\p{{Ll}})))"
)
BARE_WD_RE = regex.compile(
    rf"(?=[{_WD_FIRST}]){_WD_GATE}(?P<wd>{WEEKDAY})"
    rf"(?:(?P<wk>{SP}(?i:pekan|minggu){SP}(?i:depan|lalu|ini|kemarin|mendatang))"
    rf"|{SP}(?P<dir>(?i:yang{SP}lalu|lalu|kemarin|depan|mendatang|nanti|ini)))?{R_EDGE}"
)

_CONNECTOR_RE = regex.compile(rf"^{RANGE_SEP}$")
_PREFIX_ALT = _alt(W.DAY_PREFIXES + W.WEEKDAY_PREFIXES + W.MONTH_PREFIXES + ("tahun",))
_LEFT_RE = regex.compile(  # searched backwards from the atom: one attempt
    rf"(?r)(?:{L_EDGE}(?P<part>(?i:{_alt(W.PART_OF_PERIOD)})){SP})?"
    rf"(?:{L_EDGE}(?P<pre>(?i:{_PREFIX_ALT})){SP})?$"
)
_TRAIL_RE = regex.compile(rf"{SP}(?P<t>(?i:{_alt(W.DATE_TRAILING_WORDS)})){R_EDGE}")
_DATELINE_RE = regex.compile(rf"{OSP}\((?i:antara)\)")
_CLOSE_PAREN_RE = regex.compile(rf"{OSP}\)")
_WORD_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.\-']{0,30}")

_MONTHS = {**W.MONTH_NAMES, **W.MONTH_ABBREVIATIONS}
_LOWER_PREFIXES_DAY = {p.lower() for p in W.DAY_PREFIXES}
_LOWER_PREFIXES_WD = {p.lower() for p in W.WEEKDAY_PREFIXES}
_LOWER_PREFIXES_MONTH = {p.lower() for p in W.MONTH_PREFIXES}
_ROMAN_OR_WORD = {k.lower(): v for k, v in W.ORDINALS.items()}


_SPACES_RE = regex.compile(r"\s+")


def _norm(s: str) -> str:
    return _SPACES_RE.sub(" ", s.lower().rstrip("."))


def _weekday_of(word: str | None) -> int | None:
    if not word:
        return None
    return W.WEEKDAYS.get(_norm(word))


def _month_of(word: str) -> int | None:
    return _MONTHS.get(_norm(word))


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
    try:
        yield from pattern.finditer(text, timeout=_timeout(text))
    except TimeoutError:  # pragma: no cover - hostile input; keep what was found
        return


def _two_digit_year(s: str) -> int:
    n = int(s)
    return n if n >= 100 else (2000 + n if n < 70 else 1900 + n)


def _valid(y: int | None, m: int, d: int) -> bool:
    try:
        dt.date(2024 if y is None else y, m, d)  # 2024: leap, so 29/2 is possible
    except ValueError:
        return False
    return True


def _date_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(DATE_RE, text):
        g = mt.groupdict()
        d = int(g["d"])
        d0 = int(g["d0"]) if g.get("d0") else None
        if g.get("mon"):
            m = _month_of(g["mon"])
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
            wd, wd2 = _weekday_of(left.group("wd")), _weekday_of(left.group("wd2"))
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
            atom.needs_context = True  # settled in _context (parentheses, tanggal)
        yield atom


def _month_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(MONTH_RE, text):
        mon = mt.group("mon")
        m = _month_of(mon)
        if m is None:
            continue
        y = int(mt.group("y")) if mt.group("y") else None
        if y is None:
            if _norm(mon) not in W.MONTH_NAMES or not mon[0].isupper():
                continue  # bare abbreviations (Jan) and lowercase words are not months
            yield Atom(mt.start(), mt.end(), "month", 0.88, m=m, needs_context=True)
        else:
            yield Atom(mt.start(), mt.end(), "month", 0.94, y=y, m=m)


def _year_atoms(text: str) -> Iterator[Atom]:
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


def _quarter_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(QUARTER_RE, text):
        if mt.group("qq"):
            part, grain = int(mt.group("qq")[1]), "quarter"
        else:
            grain, count = W.YEAR_PARTS[_norm(mt.group("qw"))]
            part = _ROMAN_OR_WORD.get(_norm(mt.group("qn")))
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
            atom.unit, atom.offset = "year", W.RELATIVE_DIRECTIONS[_norm(mt.group("dir"))]
        yield atom


def _rel_day_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(REL_DAY_RE, text):
        offset = W.RELATIVE_DAYS[_norm(mt.group("rd"))]
        yield Atom(mt.start(), mt.end(), "rel_day", 0.9 if offset != 2 else 0.88,
                   unit="day", offset=offset)


def _rel_period_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(REL_PERIOD_RE, text):
        unit_word = mt.group("unit")
        unit = W.PERIOD_UNITS[_norm(unit_word)]
        direction = W.RELATIVE_DIRECTIONS[_norm(mt.group("dir"))]
        num = mt.group("num")
        n = None
        if num:
            n = int(num) if num.isdigit() else W.NUMBER_WORDS.get(_norm(num))
        elif mt.group("se"):
            n = 1
        if n is None and _prev_word(text, mt.start())[0].lower() in W.VAGUE_QUANTITIES:
            continue  # ``beberapa bulan lalu``: vague, not a date
        if n is not None:
            if direction != -1 or n == 0:
                continue  # ``dua tahun mendatang``, ``setahun ini``: durations
            yield Atom(mt.start(), mt.end(), "rel_period", 0.88, unit=unit, offset=-n)
            continue
        if unit == "day":
            continue  # ``hari lalu`` alone means nothing; ``hari ini`` is a rel_day
        if _norm(unit_word) == "minggu" and unit_word[0] == "M":
            # ``pada Minggu lalu`` / ``, Minggu kemarin``: Sunday, not last week
            before = text[max(0, mt.start() - 12) : mt.start()]
            if regex.search(r"(?:(?i:pada|hari)\s{1,4}|,\s{0,4})$", before):
                yield Atom(mt.start(), mt.end(), "weekday", 0.9, wd=6,
                           direction=direction if direction else None)
                continue
        yield Atom(mt.start(), mt.end(), "rel_period", 0.9, unit=unit, offset=direction)


def _dom_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(DOM_RE, text):
        if _recurring(text, mt.start()):
            continue  # ``setiap tanggal 25``
        atom = Atom(mt.start(), mt.end(), "dom", 0.86, d=int(mt.group("d")))
        if mt.group("dir"):
            d = _norm(mt.group("dir"))
            atom.direction = 0 if d == "ini" else W.DATE_TRAILING_WORDS[d]
        yield atom


def _school_year_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(SCHOOL_YEAR_RE, text):
        offset = W.SCHOOL_YEAR_DIRECTIONS[_norm(mt.group("dir"))]
        yield Atom(mt.start(), mt.end(), "school_year", 0.9, offset=offset if offset is not None else 99)


def _bare_weekday_atoms(text: str) -> Iterator[Atom]:
    for mt in _iter(BARE_WD_RE, text):
        word = mt.group("wd")
        wd = _weekday_of(word)
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
            atom.week_offset = W.RELATIVE_DIRECTIONS[_norm(wk.split()[-1])]
            atom.score = 0.9
        elif dir_word:
            d = _norm(dir_word)
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


def _select(atoms: list[Atom], length: int) -> list[Atom]:
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


def _merge_ranges(text: str, atoms: list[Atom]) -> list[Atom]:
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


def _prev_word(text: str, pos: int) -> tuple[str, str, int]:
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


def _next_word(text: str, pos: int) -> tuple[str, str]:
    m = _WORD_RE.search(text, pos, min(len(text), pos + 40))
    if not m:
        return "", text[pos : pos + 40]
    return m.group().rstrip(".-'"), text[pos : m.start()]


def _sentence_initial(text: str, pos: int) -> bool:
    k = pos
    while k > 0 and text[k - 1] in " \t\xa0\"“”'‘’?(":
        k -= 1
    return k == 0 or text[k - 1] in ".!?\n:;"


_YEAR_LIST_RE = regex.compile(
    rf"(?<![\p{{N}}.,])(?:19|20)\d\d{OSP}(?:,|(?i:{_alt(w for w in W.YEAR_LIST_JOINERS if w != ',')})){SP}$"
)


def _year_in_context(text: str, atom: Atom) -> bool:
    word, sep, wstart = _prev_word(text, atom.start)
    lw = word.lower()
    nxt, nsep = _next_word(text, atom.end)
    lnext = nxt.lower()
    if lnext in W.YEAR_BLOCKING_NEXT and not nsep.strip():
        return False
    if regex.match(r"\s{1,4}[A-Z]{1,3}(?![\p{L}\p{N}])", text[atom.end : atom.end + 8]) and (
        len(word) <= 2 and word.isupper()
    ):
        return False  # plate number: B 2025 KZX
    if lnext in W.YEAR_CONTEXT_NEXT and not nsep.strip():
        return True
    if sep.strip() not in ("", "(") or not word:
        return False
    if lw in W.YEAR_BLOCKING_PREVIOUS:
        return False
    if lw in W.YEAR_CONTEXT_PREVIOUS or lw in W.PART_OF_PERIOD or lw in W.YEAR_EVENT_WORDS:
        return True
    if _YEAR_LIST_RE.search(text, max(0, atom.start - 16), atom.start):
        return True  # ``tahun anggaran 2022 dan 2023``
    # an event or document name: ``China Open 2025``, ``Pilkada 2024``, ``APBD 2026``
    if (
        sep.strip() == ""
        and len(word) >= 2
        and word[0].isupper()
        and word.replace("-", "").isalpha()
        and (not _sentence_initial(text, wstart) or lw in W.YEAR_EVENT_WORDS or word.isupper())
        and _month_of(word) is None
        and _weekday_of(word) is None
    ):
        atom.score = 0.87
        return True
    return False


def _context(text: str, atom: Atom) -> Atom | None:
    """Attach leading and trailing words; drop an atom its context does not support."""
    window_start = max(0, atom.start - 40)
    left = _LEFT_RE.search(text, window_start, atom.start)
    part = pre = None
    if left:
        part, pre = left.group("part"), left.group("pre")
    first = atom.left if atom.kind == "range" else atom
    kind = first.kind
    lpre = pre.lower() if pre else None
    new_start = atom.start
    ok = not atom.needs_context
    if pre:
        if kind == "day" and first.wd is None and lpre in _LOWER_PREFIXES_DAY:
            new_start, ok = left.start("pre"), True
            atom.score = max(atom.score, 0.9)  # ``tanggal 25/2``
        elif kind in ("day", "weekday") and first.wd is not None and lpre in _LOWER_PREFIXES_WD:
            new_start = left.start("pre")
            ok = not _recurring(text, new_start)
        elif kind == "month" and lpre in _LOWER_PREFIXES_MONTH:
            new_start, ok = left.start("pre"), True
        elif kind == "year" and lpre == "tahun":
            new_start, ok = left.start("pre"), True
        else:
            pre = None
    if part and (pre or new_start == atom.start) and kind in ("month", "year", "rel_period", "quarter"):
        if kind != "rel_period" or atom.unit in ("week", "month", "year"):
            new_start, ok = left.start("part"), True
    if atom.needs_context and not ok:
        if kind == "year":
            ok = _year_in_context(text, first)
            atom.score = min(atom.score, first.score)
        elif kind == "month":
            word, sep, _ = _prev_word(text, atom.start)
            nxt, nsep = _next_word(text, atom.end)
            ok = (not sep.strip() and word.lower() in W.EXCLUDED_PREFIXES) or (
                not nsep.strip() and nxt.lower() in W.DATE_TRAILING_WORDS
            ) or (not nsep.strip() and nxt.lower() in ("ini", "depan"))
            if ok and word.lower() == "era":
                ok = False
            if not ok and not _recurring(text, atom.start):
                ok = _plausible_bare_month(text, atom, word, sep, nxt, nsep)
                if ok:
                    atom.score = 0.84  # fills gaps only: a model may know it is a name
        elif kind == "day":  # bare d/m: in parentheses (not after ``skor``), or a dateline
            if _DATELINE_RE.match(text, atom.end, min(len(text), atom.end + 16)):
                ok, atom.score = True, 0.9  # ``Jakarta, 19/2 (ANTARA) -``
            ok = ok or text[atom.start - 1 : atom.start] == "(" and text[atom.end : atom.end + 1] == ")"
            if ok:
                word, sep, _ = _prev_word(text, atom.start)
                ok = word.lower() not in W.DAY_MONTH_BLOCKING_PREVIOUS
        elif kind == "weekday":
            ok = _weekday_in_context(text, atom)
    if not ok:
        return None
    atom.start = new_start
    # trailing lalu / kemarin / mendatang
    if atom.kind in ("day", "month", "year", "range") and atom.direction is None:
        trail = _TRAIL_RE.match(text, atom.end, min(len(text), atom.end + 30))
        if trail:
            atom.direction = W.DATE_TRAILING_WORDS[_norm(trail.group("t"))]
            atom.end = trail.end()
    return atom


def _plausible_bare_month(text: str, atom: Atom, word: str, sep: str, nxt: str, nsep: str) -> bool:
    """A capitalised Indonesian month name standing alone between lowercase words
    (``musim liburan Juli dan Agustus``) is a month; next to capitalised words or after
    ``kata``/``Pak`` it may be a name (``Agustus Sani``)."""
    first = atom.left if atom.kind == "range" and atom.left else atom
    if _norm(text[first.start : first.end]) not in W.BARE_MONTH_NAMES:
        return False
    if word and word[0].isdigit():
        return False  # ``4,20 Februari``: a number that did not make a date
    if word and not sep.strip():
        if word[0].isupper() or word.lower() in W.MONTH_NAME_BLOCKING_PREVIOUS:
            return False
    if nxt and not nsep.strip() and (nxt[0].isupper() or nxt[0].isdigit()):
        return False
    return True


_RECURRING_RE = regex.compile(rf"{L_EDGE}(?i:{_alt(W.RECURRING_WORDS)}){R_EDGE}")


def _recurring(text: str, pos: int) -> bool:
    """``setiap Senin hingga Jumat``: a recurring day earlier in the same clause."""
    window = text[max(0, pos - 30) : pos]
    cut = max(window.rfind(","), window.rfind("."), window.rfind("\n"))
    return bool(_RECURRING_RE.search(window[cut + 1 :]))


def _weekday_in_context(text: str, atom: Atom) -> bool:
    word, sep, _ = _prev_word(text, atom.start)
    lw = word.lower()
    if lw in W.WEEKDAY_BLOCKING_PREVIOUS and not sep.strip():
        return False
    if _recurring(text, atom.start):
        return False
    if not sep.strip() and (lw.isdigit() or lw in W.NUMBER_WORDS or lw in W.VAGUE_QUANTITIES):
        return False  # ``dua Minggu terakhir``: a number of weeks
    nxt, nsep = _next_word(text, atom.end)
    nsep_s = nsep.strip()
    # ``Jumat Curhat``, ``Minggu Pagi`` (a name): a capitalised word right after
    if nxt and not nsep_s and nxt[0].isupper() and _month_of(nxt) is None:
        return False
    if not sep.strip() and lw in W.WEEKDAY_CONTEXT_PREVIOUS:
        return True
    if sep.strip() == "," and word:
        # ``di Bandarlampung, Selasa`` / ``kata dia, Senin.``
        if not nxt or nsep_s[:1] in (".", ",", ";", ")", "(", "?", "!", "”", '"'):
            return True
        if not nsep_s and (nxt.lower() in W.TIMES_OF_DAY or nxt.lower() in ("dan", "hingga", "sampai")):
            return True
    if not nsep_s and nxt.lower() in W.TIMES_OF_DAY and sep.strip() in ("", ",") and word:
        # ``mengumumkan Senin malam``: a weekday with its time of day dates an event
        return lw in W.WEEKDAY_CONTEXT_PREVIOUS or sep.strip() == "," or word[0].islower()
    if sep.strip() == "," and word and nxt and not nsep_s and nxt[0].islower():
        return True  # ``Robert Gates, Selasa bertemu dengan ...``
    if _sentence_initial(text, atom.start) and (
        nsep_s[:1] == "," or (not nsep_s and nxt.lower() in W.TIMES_OF_DAY)
    ):
        atom.score = 0.86  # ``Kamis pagi, petugas ...`` opening a sentence
        return True
    if word and not sep.strip() and nsep_s[:1] in (".", ",", ";", ":", ")"):
        atom.score = 0.86  # ``wawancara itu disiarkan Rabu.`` (agency style)
        return True
    if word and not sep.strip() and nxt and not nsep_s and nxt[0].islower():
        atom.score = 0.84  # ``Menlu Mesir Sabtu menyerukan ...``: fills gaps only
        return True
    return False


# --- values -------------------------------------------------------------------------


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


_FUTURE_CUES_RE = regex.compile(rf"{L_EDGE}(?i:{_alt(W.FUTURE_CUES)}){R_EDGE}")
_PAST_CUES_RE = regex.compile(rf"{L_EDGE}(?i:{_alt(W.PAST_CUES)}){R_EDGE}")


def _tense(text: str, atom: Atom) -> int:
    """+1 when the expression or its sentence looks ahead, -1 when it looks back, else 0.

    A written direction (``lalu``, ``mendatang``) decides; otherwise cue words earlier
    in the same sentence (future cues win over past ones)."""
    if atom.direction is not None and atom.direction != 0:
        return atom.direction
    lo = max(0, atom.start - 120)
    window = text[lo : atom.start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    if cut >= 0:
        window = window[cut + 1 :]
    if _FUTURE_CUES_RE.search(window):
        return 1
    if _PAST_CUES_RE.search(window):
        return -1
    return 0


def _pick(past, future, distance, tense: int):
    """Past unless the sentence looks ahead; with no cue, the future reading only when
    it is less than half as far from the reference as the past one."""
    if past is None or tense > 0:
        return future if future is not None else past
    if future is None or tense < 0:
        return past
    return future if 2 * distance(future) < distance(past) else past


def _yearless_day(m: int, d: int, ref: dt.date, tense: int, wd: int | None) -> dt.date | None:
    cands = []
    for yy in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cands.append(dt.date(yy, m, d))
        except ValueError:
            pass
    if not cands:
        return None
    if wd is not None:
        fit = [c for c in cands if c.weekday() == wd]
        if fit:
            return min(fit, key=lambda c: (abs((c - ref).days), c > ref))
    past = max((c for c in cands if c <= ref), default=None)
    future = min((c for c in cands if c >= ref), default=None)
    return _pick(past, future, lambda c: abs((c - ref).days), tense)


def _yearless_month(m: int, ref: dt.date, tense: int, strict: bool = False) -> int:
    here = ref.year * 12 + ref.month - 1
    cands = [y * 12 + m - 1 for y in (ref.year - 1, ref.year, ref.year + 1)]
    if strict:  # ``Maret lalu`` / ``Maret mendatang``: never the current month
        past = max((c for c in cands if c < here), default=None)
        future = min((c for c in cands if c > here), default=None)
    else:
        past = max((c for c in cands if c <= here), default=None)
        future = min((c for c in cands if c >= here), default=None)
    chosen = _pick(past, future, lambda c: abs(c - here), tense)
    return chosen // 12


def _day_value(atom: Atom, ref: dt.date | None, tense: int) -> tuple[dt.date | None, dt.date | None, bool]:
    """(first day, last day, weekday mismatch) of a day atom."""
    y, m, d = atom.y, atom.m, atom.d
    if m is None or d is None:
        return None, None, False
    if y is None:
        if ref is None:
            return None, None, False
        last = _yearless_day(m, d, ref, tense, atom.wd2 if atom.d0 is not None else atom.wd)
        if last is None:
            return None, None, False
    else:
        last = dt.date(y, m, d)
    first = last
    if atom.d0 is not None:
        first = dt.date(last.year, last.month, atom.d0)
    mismatch = False
    if atom.wd is not None and first.weekday() != atom.wd:
        mismatch = True
    if atom.wd2 is not None and last.weekday() != atom.wd2:
        mismatch = True
    return first, last, mismatch


def _value(text: str, atom: Atom, ref: dt.date | None) -> tuple[str | None, str, bool]:
    """(ISO value, grain, weekday mismatch)."""
    k = atom.kind
    tense = _tense(text, atom)
    if k == "day":
        first, last, mismatch = _day_value(atom, ref, tense)
        if atom.d0 is not None:
            return (f"{first.isoformat()}/{last.isoformat()}" if first else None), "interval", mismatch
        return (first.isoformat() if first else None), "day", mismatch
    if k == "month":
        if atom.y is not None:
            return f"{atom.y:04d}-{atom.m:02d}", "month", False
        if ref is None:
            return None, "month", False
        y = _yearless_month(atom.m, ref, tense, strict=atom.direction is not None)
        return f"{y:04d}-{atom.m:02d}", "month", False
    if k == "year":
        if atom.y2 is not None:
            return f"{atom.y}/{atom.y2}", "interval", False
        return f"{atom.y}", "year", False
    if k == "quarter":
        y = atom.y
        if y is None:
            if ref is None:
                return None, atom.grain or "quarter", False
            if atom.unit == "latest":  # bare ``triwulan III``: the last one begun
                y = ref.year if 3 * atom.part - 2 <= ref.month else ref.year - 1
            else:
                y = ref.year + atom.offset
        if atom.grain == "quarter":
            return f"{y}-Q{atom.part}", "quarter", False
        if atom.grain == "half":
            return f"{y}-H{atom.part}", "half", False
        a, b = 4 * atom.part - 3, 4 * atom.part
        return f"{y}-{a:02d}/{y}-{b:02d}", "interval", False
    if k == "rel_day":
        if ref is None:
            return None, "day", False
        return (ref + dt.timedelta(days=atom.offset)).isoformat(), "day", False
    if k == "rel_period":
        unit = atom.unit or "day"
        if ref is None:
            return None, unit, False
        if unit == "day":
            return (ref + dt.timedelta(days=atom.offset)).isoformat(), "day", False
        if unit == "week":
            return _iso_week(ref + dt.timedelta(days=7 * atom.offset)), "week", False
        if unit == "month":
            y, m = _add_months(ref.year, ref.month, atom.offset)
            return f"{y:04d}-{m:02d}", "month", False
        return f"{ref.year + atom.offset}", "year", False
    if k == "weekday":
        if ref is None or atom.wd is None:
            return None, "day", False
        if atom.week_offset is not None:
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * atom.week_offset)
            return (monday + dt.timedelta(days=atom.wd)).isoformat(), "day", False
        if atom.direction == 0:
            monday = ref - dt.timedelta(days=ref.weekday())
            return (monday + dt.timedelta(days=atom.wd)).isoformat(), "day", False
        if atom.direction == -1:
            delta = (ref.weekday() - atom.wd) % 7 or 7
            return (ref - dt.timedelta(days=delta)).isoformat(), "day", False
        if atom.direction == 1:
            delta = (atom.wd - ref.weekday()) % 7 or 7
            return (ref + dt.timedelta(days=delta)).isoformat(), "day", False
        if tense > 0:
            return (ref + dt.timedelta(days=(atom.wd - ref.weekday()) % 7)).isoformat(), "day", False
        return (ref - dt.timedelta(days=(ref.weekday() - atom.wd) % 7)).isoformat(), "day", False
    if k == "dom":
        if ref is None:
            return None, "day", False
        if atom.direction == 0:  # ``tanggal 25 ini``: this month
            try:
                return dt.date(ref.year, ref.month, atom.d).isoformat(), "day", False
            except ValueError:
                return None, "day", False
        cands = []
        for k_ in (-1, 0, 1):
            y, m = _add_months(ref.year, ref.month, k_)
            try:
                cands.append(dt.date(y, m, atom.d))
            except ValueError:
                pass
        past = max((c for c in cands if c <= ref), default=None)
        future = min((c for c in cands if c >= ref), default=None)
        got = _pick(past, future, lambda c: abs((c - ref).days), tense)
        return (got.isoformat() if got else None), "day", False
    if k == "school_year":
        if ref is None:
            return None, "interval", False
        current = ref.year if ref.month >= W.SCHOOL_YEAR_START_MONTH else ref.year - 1
        if atom.offset == 99:  # ``baru``: this July's, or next year's from October on
            first = ref.year if ref.month < 10 else ref.year + 1
        else:
            first = current + atom.offset
        return f"{first}/{first + 1}", "interval", False
    if k == "range":
        return _range_value(text, atom, ref, tense)
    return None, "day", False  # pragma: no cover


def _range_value(text: str, atom: Atom, ref: dt.date | None, tense: int) -> tuple[str | None, str, bool]:
    a, b = atom.left, atom.right
    assert a is not None and b is not None
    if a.kind == "year":
        return f"{a.y}/{b.y}", "interval", False
    if a.kind == "month":
        by = b.y
        if by is None:
            if ref is None:
                return None, "interval", False
            by = _yearless_month(b.m, ref, tense)
        ay = a.y if a.y is not None else (by if a.m <= b.m else by - 1)
        return f"{ay:04d}-{a.m:02d}/{by:04d}-{b.m:02d}", "interval", False
    # days
    b2 = replace(b, direction=atom.direction)
    _, last, mm_b = _day_value(b2, ref, tense)
    if last is None:
        return None, "interval", False
    if a.y is not None:
        first_y = a.y
    else:
        first_y = last.year if (a.m, a.d) <= (last.month, last.day) else last.year - 1
    try:
        first = dt.date(first_y, a.m, a.d)
    except (ValueError, TypeError):
        return None, "interval", False
    mm_a = a.wd is not None and first.weekday() != a.wd
    return f"{first.isoformat()}/{last.isoformat()}", "interval", bool(mm_a or mm_b)


# --- public -------------------------------------------------------------------------


def _parse_reference(reference_date) -> dt.date | None:
    if reference_date is None:
        return None
    if isinstance(reference_date, dt.datetime):
        return reference_date.date()
    if isinstance(reference_date, dt.date):
        return reference_date
    try:
        return dt.date.fromisoformat(str(reference_date).strip()[:10])
    except ValueError:
        return None


def find_dates(text: str, reference_date: dt.date | None = None) -> list[Candidate]:
    """All DATE candidates in ``text`` with ISO values (see the module docstring).

    ``reference_date`` resolves relative and year-less expressions; without it their
    ``value`` is ``None``. Offsets index ``text`` exactly.
    """
    ref = _parse_reference(reference_date)
    atoms: list[Atom] = []
    for finder in (_date_atoms, _month_atoms, _year_atoms, _quarter_atoms,
                   _rel_day_atoms, _rel_period_atoms, _school_year_atoms, _dom_atoms, _bare_weekday_atoms):
        atoms.extend(finder(text))
    atoms = _merge_ranges(text, _select(atoms, len(text)))
    out: list[Candidate] = []
    taken_end = -1
    for atom in atoms:
        atom = _context(text, atom)
        if atom is None or atom.start < taken_end:
            continue
        try:
            value, grain, mismatch = _value(text, atom, ref)
        except (OverflowError, ValueError):  # the reference date is at the calendar's edge
            value, grain, mismatch = _value(text, atom, None)
        out.append(Candidate(
            start=atom.start, end=atom.end, label=LABEL, score=round(atom.score, 3),
            source=SOURCE,
            attrs={"value": value, "grain": grain, "weekday_mismatch": bool(mismatch)},
        ))
        taken_end = atom.end
    return out


class DateRecognizer(Recognizer):
    """spaCy component: proposes DATE candidates found by :func:`find_dates`."""

    source = SOURCE

    def find(self, doc: Doc) -> list[Candidate]:
        return find_dates(text_of(doc), _parse_reference(doc._.get("reference_date")))


@Language.factory("beritaner_dates")
def make_date_recognizer(nlp: Language, name: str) -> DateRecognizer:
    return DateRecognizer()


__all__ = ["DateRecognizer", "find_dates", "make_date_recognizer"]
