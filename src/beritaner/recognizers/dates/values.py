"""DATE values: the arithmetic that turns an atom into an ISO 8601 value against the
article's reference date (year-less days and months, bare weekdays, relative periods,
weeks, quarters, halves, school years, ranges) and the one weekday check.

Pass 4 of :mod:`beritaner.recognizers.dates`; pure functions of an atom, the text
around it (for the tense of its sentence) and a reference date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import regex

from ...lang.id import dates as W
from ...candidates import parse_reference_date
from .grammar import L_EDGE, R_EDGE, Atom, alt

# --- values -------------------------------------------------------------------------


def weekday_contradicts(day: dt.date, weekday: int | None) -> bool:
    """The weekday written with a date (0 Monday … 6 Sunday) is not that date's: the
    written date wins and the record says ``weekday_mismatch``."""
    return weekday is not None and day.weekday() != weekday


#: months in a part of a year, by grain (a caturwulan, the rest, has four)
_PART_MONTHS = {"quarter": 3, "half": 6}


def first_month(atom: Atom) -> int:
    """The first month of the quarter, half or caturwulan ``atom`` names."""
    return _PART_MONTHS.get(atom.grain or "", 4) * (atom.part - 1) + 1


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


_FUTURE_CUES_RE = regex.compile(rf"{L_EDGE}(?i:{alt(W.FUTURE_CUES)}){R_EDGE}")
_PAST_CUES_RE = regex.compile(rf"{L_EDGE}(?i:{alt(W.PAST_CUES)}){R_EDGE}")


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


#: how far from the reference date (days) a year-less date's weekday may move it to
#: another year: half a year either way
WEEKDAY_YEAR_REACH = 183


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
        # the weekday picks the year only among dates near the reference: ``Selasa
        # (1/11)`` in an article of Wednesday 1 November 2023 is that day with a wrong
        # weekday, not 1 November 2022
        fit = [c for c in cands if c.weekday() == wd and abs((c - ref).days) <= WEEKDAY_YEAR_REACH]
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
    return first, last, weekday_contradicts(first, atom.wd) or weekday_contradicts(last, atom.wd2)


def value_of(text: str, atom: Atom, ref: dt.date | None) -> tuple[str | None, str, bool]:
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
                y = ref.year if first_month(atom) <= ref.month else ref.year - 1
            else:
                y = ref.year + atom.offset
        # ANNOTATION.md's values are days, months, years and intervals: a quarter,
        # half or caturwulan is the interval of its months; the grain says which.
        a = first_month(atom)
        b = a + _PART_MONTHS.get(atom.grain or "", 4) - 1
        grain = atom.grain if atom.grain in _PART_MONTHS else "interval"
        return f"{y}-{a:02d}/{y}-{b:02d}", grain, False
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
    return f"{first.isoformat()}/{last.isoformat()}", "interval", weekday_contradicts(first, a.wd) or mm_b


def parse_reference(reference_date) -> dt.date | None:
    """The reference date for the arithmetic, leniently: what
    :func:`beritaner.candidates.parse_reference_date` refuses counts as none (a
    datetime string keeps its date part)."""
    if isinstance(reference_date, str):
        reference_date = reference_date.strip()[:10]
    try:
        return parse_reference_date(reference_date)
    except (TypeError, ValueError):
        return None
