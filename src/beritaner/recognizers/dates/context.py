"""Context rules for DATE spans: the words around an atom that join it (``tanggal``,
``awal``, a trailing ``lalu``) and decide whether a bare year, month or weekday is a
date at all (``sepanjang 2025`` is, ``2025 peserta`` is not).

Pass 3 of :mod:`beritaner.recognizers.dates`.
"""

from __future__ import annotations


import regex

from ...lang.id import dates as W
from .grammar import (
    LEFT_RE,
    LOWER_PREFIXES_DAY,
    LOWER_PREFIXES_MONTH,
    LOWER_PREFIXES_WD,
    DATELINE_RE,
    OSP,
    SP,
    TRAIL_RE,
    Atom,
    alt,
    month_of,
    next_word,
    norm,
    prev_word,
    recurring,
    sentence_initial,
    weekday_of,
)

_YEAR_LIST_RE = regex.compile(
    rf"(?<![\p{{N}}.,])(?:19|20)\d\d{OSP}(?:,|(?i:{alt(w for w in W.YEAR_LIST_JOINERS if w != ',')})){SP}$"
)


#: The longest span of years read as a period without other context (a five-year term
#: is the usual one: ``2024-2029``).
MAX_YEAR_SPAN = 10
#: What may close a year in parentheses: ``(2021)``, ``(2019-sekarang)``.
YEAR_IN_PARENTHESES_END = regex.compile(rf"\s*(?:\)|[-–]\s*(?:{'|'.join(W.PRESENT_WORDS)})\s*\))", regex.I)


def _year_in_context(text: str, atom: Atom) -> bool:
    word, sep, wstart = prev_word(text, atom.start)
    lw = word.lower()
    nxt, nsep = next_word(text, atom.end)
    lnext = nxt.lower()
    if lnext in W.YEAR_BLOCKING_NEXT and not nsep.strip():
        return False
    if regex.match(r"\s{1,4}[A-Z]{1,3}(?![\p{L}\p{N}])", text[atom.end : atom.end + 8]) and (
        len(word) <= 2 and word.isupper()
    ):
        return False  # plate number: B 2025 KZX
    if lnext in W.YEAR_CONTEXT_NEXT and not nsep.strip():
        return True
    if sep.strip() == ")" and lw in W.YEAR_EVENT_WORDS:
        return True  # Pemilihan Presiden (Pilpres) 2024
    if sep.strip() not in ("", "(") or not word:
        return False
    if lw in W.YEAR_BLOCKING_PREVIOUS:
        return False
    if atom.y2 is not None and 1 <= atom.y2 - atom.y and atom.y2 - atom.y <= MAX_YEAR_SPAN:
        return True  # a span of years: untuk 2024-2029, periode 2019 sampai dengan 2024
    if sep.endswith("(") and YEAR_IN_PARENTHESES_END.match(text, atom.end):
        return True  # a term or an edition in parentheses: (2019-sekarang), (2021)
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
        and (not sentence_initial(text, wstart) or lw in W.YEAR_EVENT_WORDS or word.isupper())
        and month_of(word) is None
        and weekday_of(word) is None
    ):
        atom.score = 0.87
        return True
    return False


def apply_context(text: str, atom: Atom) -> Atom | None:
    """Attach leading and trailing words; drop an atom its context does not support."""
    window_start = max(0, atom.start - 40)
    left = LEFT_RE.search(text, window_start, atom.start)
    part = pre = None
    if left:
        part, pre = left.group("part"), left.group("pre")
    first = atom.left if atom.kind == "range" else atom
    kind = first.kind
    lpre = pre.lower() if pre else None
    new_start = atom.start
    ok = not atom.needs_context
    if pre:
        if kind == "day" and first.wd is None and lpre in LOWER_PREFIXES_DAY:
            new_start, ok = left.start("pre"), True
            atom.score = max(atom.score, 0.9)  # ``tanggal 25/2``
        elif kind in ("day", "weekday") and first.wd is not None and lpre in LOWER_PREFIXES_WD:
            new_start = left.start("pre")
            ok = not recurring(text, new_start)
        elif kind == "month" and lpre in LOWER_PREFIXES_MONTH:
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
            word, sep, _ = prev_word(text, atom.start)
            nxt, nsep = next_word(text, atom.end)
            ok = (not sep.strip() and word.lower() in W.EXCLUDED_PREFIXES) or (
                not nsep.strip() and nxt.lower() in W.DATE_TRAILING_WORDS
            ) or (not nsep.strip() and nxt.lower() in ("ini", "depan"))
            if ok and word.lower() == "era":
                ok = False
            if not ok and not recurring(text, atom.start):
                ok = _plausible_bare_month(text, atom, word, sep, nxt, nsep)
                if ok:
                    atom.score = 0.84  # fills gaps only: a model may know it is a name
        elif kind == "day":  # bare d/m: in parentheses (not after ``skor``), or a dateline
            if DATELINE_RE.match(text, atom.end, min(len(text), atom.end + 16)):
                ok, atom.score = True, 0.9  # ``Jakarta, 19/2 (ANTARA) -``
            ok = ok or text[atom.start - 1 : atom.start] == "(" and text[atom.end : atom.end + 1] == ")"
            if ok:
                word, sep, _ = prev_word(text, atom.start)
                ok = word.lower() not in W.DAY_MONTH_BLOCKING_PREVIOUS
        elif kind == "weekday":
            ok = _weekday_in_context(text, atom)
    if not ok:
        return None
    atom.start = new_start
    # trailing lalu / kemarin / mendatang
    if atom.kind in ("day", "month", "year", "range") and atom.direction is None:
        trail = TRAIL_RE.match(text, atom.end, min(len(text), atom.end + 30))
        if trail and atom.kind in ("year", "range") and norm(trail.group("t")) in W.NOT_AFTER_YEARS:
            trail = None  # ``masa jabatan 2019-2024 kemarin``: the term just ended
        if trail:
            atom.direction = W.DATE_TRAILING_WORDS[norm(trail.group("t"))]
            atom.end = trail.end()
    return atom


def _plausible_bare_month(text: str, atom: Atom, word: str, sep: str, nxt: str, nsep: str) -> bool:
    """A capitalised Indonesian month name standing alone between lowercase words
    (``musim liburan Juli dan Agustus``) is a month; next to capitalised words or after
    ``kata``/``Pak`` it may be a name (``Agustus Sani``)."""
    first = atom.left if atom.kind == "range" and atom.left else atom
    if norm(text[first.start : first.end]) not in W.BARE_MONTH_NAMES:
        return False
    if word and word[0].isdigit():
        return False  # ``4,20 Februari``: a number that did not make a date
    if word and not sep.strip():
        if word[0].isupper() or word.lower() in W.MONTH_NAME_BLOCKING_PREVIOUS:
            return False
    if nxt and not nsep.strip() and (nxt[0].isupper() or nxt[0].isdigit()):
        return False
    return True


def _weekday_in_context(text: str, atom: Atom) -> bool:
    word, sep, _ = prev_word(text, atom.start)
    lw = word.lower()
    if lw in W.WEEKDAY_BLOCKING_PREVIOUS and not sep.strip():
        return False
    if recurring(text, atom.start):
        return False
    if not sep.strip() and (lw.isdigit() or lw in W.NUMBER_WORDS or lw in W.VAGUE_QUANTITIES):
        return False  # ``dua Minggu terakhir``: a number of weeks
    nxt, nsep = next_word(text, atom.end)
    nsep_s = nsep.strip()
    # ``Jumat Curhat``, ``Minggu Pagi`` (a name): a capitalised word right after
    if nxt and not nsep_s and nxt[0].isupper() and month_of(nxt) is None:
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
    if sentence_initial(text, atom.start) and (
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
