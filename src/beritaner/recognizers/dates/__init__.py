"""The DATE recognizer: Indonesian calendar expressions and their ISO values.

The core is the pure function :func:`find_dates` over raw text (character offsets are
exact into that text); the spaCy component :class:`DateRecognizer` calls it with
``doc.text`` and ``doc._.reference_date``. Word lists live in
:mod:`beritaner.lang.id.dates`.

How it works, in four passes (one module each: :mod:`.grammar` finds atoms and ranges,
:mod:`.context` applies the context rules, :mod:`.values` computes the values):

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
   (month), ``2025`` (year), ``a/b`` (interval). A quarter, half or caturwulan is the
   interval of its months (``triwulan III 2025`` → ``2025-07/2025-09``, grain
   ``quarter``; ``semester I 2026`` → ``2026-01/2026-06``, grain ``half``), as the
   annotation guide's value forms have it. Conventions:

   * ``awal``/``pertengahan``/``akhir`` keep the value and grain of what they qualify
     (``awal Maret 2026`` → ``2026-03``, ``akhir 2027`` → ``2027``).
   * A date (or month) without a year: a written weekday picks the year in which it
     fits, when that date lies within half a year of the reference date; otherwise the
     last occurrence on or before the reference date, unless the sentence looks ahead (``akan``, ``dijadwalkan``, ``mendatang``, ``bila`` …) or the
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

from spacy.language import Language
from spacy.tokens import Doc

from ...candidates import Candidate, text_of
from .._base import Recognizer
from .context import apply_context
from .grammar import (
    Atom,
    bare_weekday_atoms,
    date_atoms,
    dom_atoms,
    merge_ranges,
    merge_relative_days,
    month_atoms,
    quarter_atoms,
    rel_day_atoms,
    rel_period_atoms,
    school_year_atoms,
    select,
    year_atoms,
)
from .values import parse_reference, value_of

SOURCE = "dates"
LABEL = "DATE"

# --- public -------------------------------------------------------------------------


def find_dates(text: str, reference_date: dt.date | None = None) -> list[Candidate]:
    """All DATE candidates in ``text`` with ISO values (see the module docstring).

    ``reference_date`` resolves relative and year-less expressions; without it their
    ``value`` is ``None``. Offsets index ``text`` exactly.
    """
    ref = parse_reference(reference_date)
    atoms: list[Atom] = []
    for finder in (date_atoms, month_atoms, year_atoms, quarter_atoms,
                   rel_day_atoms, rel_period_atoms, school_year_atoms, dom_atoms, bare_weekday_atoms):
        atoms.extend(finder(text))
    atoms = merge_relative_days(text, merge_ranges(text, select(atoms, len(text))))
    out: list[Candidate] = []
    taken_end = -1
    for atom in atoms:
        atom = apply_context(text, atom)
        if atom is None or atom.start < taken_end:
            continue
        try:
            value, grain, mismatch = value_of(text, atom, ref)
        except (OverflowError, ValueError):  # the reference date is at the calendar's edge
            value, grain, mismatch = value_of(text, atom, None)
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
        return find_dates(text_of(doc), parse_reference(doc._.get("reference_date")))


@Language.factory("beritaner_dates")
def make_date_recognizer(nlp: Language, name: str) -> DateRecognizer:
    return DateRecognizer()


__all__ = ["DateRecognizer", "find_dates", "make_date_recognizer"]
