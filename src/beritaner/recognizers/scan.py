"""The words of a text, read the same way by every recognizer.

:class:`Words` splits a text into words with character offsets and answers the
questions the grammars of organisations, offices and places ask about them: is a word
capitalised, does it start a person (a rank, an honorific, a form of address, or a
span of the statistical model), is it on a headline line, does the article also write
it in lowercase, where inside a capitalised run does a person's name begin. The region
phrases (``Kabupaten Bogor``, ``Jabar``, ``Banten``) are read here too, with the
gazetteer, because offices and organisations both end in one.

Word lists are data in :mod:`beritaner.lang.id.words`, :mod:`beritaner.lang.id.persons`
and :mod:`beritaner.lang.id.orgs`.
"""

from __future__ import annotations

import bisect
import weakref
from functools import lru_cache
from typing import Iterable

import regex

from .. import gazetteer
from ..lang.id import offices as O
from ..lang.id import orgs as L
from ..lang.id import places as LP
from ..lang.id import persons as P
from ..lang.id import words as W
from ..lexicon import everyday_words
from ..text import glue_points_by_evidence, list_number_points, title_case_lines

__all__ = [
    "Words", "word_pattern", "PERSON_STARTS", "RANK_WORDS", "STOP_WORDS", "ACRONYM",
    "NOMINAL", "ROMAN", "NUMBER", "ROMAN_NUMERAL", "ALL_LEVELS", "ADMIN", "COUNTRY", "RI",
    "REGION_ABBR", "is_region_word", "region_levels", "parse_region", "known_region",
    "free_region", "GluedWords", "GLUED_WORD", "word_key", "lead_of", "PhraseList", "Found",
]  # fmt: skip

#: first words of anything that starts a person's part of the text
PERSON_STARTS: frozenset[str] = (
    W.PERSON_START_WORDS | P.HONORIFIC_PREFIXES | P.FORMS_OF_ADDRESS
    | frozenset(r.split()[0] for r in P.RANKS)
) - W.NAME_LIKE_STARTS
#: capitalised words that introduce a name rather than belong to it: ranks, honorifics,
#: forms of address and the first words of titles (``Rektor``, ``Ketua``)
_NAME_INTRODUCERS: frozenset[str] = PERSON_STARTS | frozenset(
    t.split()[0] for t in (*O.REGION_TITLES, *O.NATIONAL_TITLES, *O.ORG_TITLES)
)
#: first words of ranks
RANK_WORDS: frozenset[str] = frozenset(r.split()[0] for r in P.RANKS) | W.RANK_FIRST_WORDS
_ADDRESS_ALL = P.FORMS_OF_ADDRESS | W.ADDRESS_WORDS
#: capitalised words that never continue a name
STOP_WORDS: frozenset[str] = W.STOP_WORDS

_TOKEN = regex.compile(r"[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|\S")
NOMINAL = regex.compile(r"(?:Pe[mnr]?|Pen[gy]|Per|Ke|Se)\p{Ll}{3,}an|Ke\p{Ll}+\p{Ll}{2,}an")
ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\p{N}]{1,7}")
ROMAN = regex.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})(?:/[A-Z]{0,2})?")
NUMBER = regex.compile(r"\p{N}{1,5}")
ROMAN_NUMERAL = regex.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})[A-C]?")


def word_pattern(forms: Iterable[str], *, ignore_case: bool = False) -> "PhraseList":
    """The longest of ``forms`` standing at a position as whole words (``.match``).

    Words are matched as written, one space between them; a final full stop is optional.
    A :class:`PhraseList`, not a regex: the ``regex`` package took 46 ms to compile the
    organisation lexicon (506 forms) as a named list at every import, and a dict of the
    forms by their leading letters answers the same question at once.
    """
    items: set[str] = set()
    for form in forms:
        form = " ".join(form.split())
        items.add(form)
        if form.endswith("."):
            items.add(form[:-1])
    phrases = PhraseList(items, ignore_case=ignore_case)
    register_leads(phrases, items)
    return phrases


class Found:
    """What the grammars read of a :class:`PhraseList` match: as a regex match would
    give it, ``start()``, ``end()``, ``span()`` and ``group()``."""

    __slots__ = ("string", "_start", "_end")

    def __init__(self, string: str, start: int, end: int) -> None:
        self.string, self._start, self._end = string, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self, index: int = 0) -> str:
        if index != 0:
            raise IndexError("a phrase match has no groups")
        return self.string[self._start : self._end]


def _is_word_char(ch: str) -> bool:  # ``[\p{L}\p{N}]``
    return ch.isalpha() or ch.isnumeric()


class PhraseList:
    """A list of phrases looked up at a position: ``match(text, pos)`` gives the longest
    that stands there and is not followed by a letter or digit (what the regex
    ``\\L<forms>(?![\\p{L}\\p{N}])`` gives), or None. The forms are kept by their
    leading letters (:func:`lead_of`), so a lookup tries only the few that share them."""

    __slots__ = ("ignore_case", "hyphen_ends", "leads", "_by_lead")

    def __init__(self, forms: Iterable[str], *, ignore_case: bool = False, hyphen_ends: bool = True) -> None:
        """``hyphen_ends=False``: a form followed by a hyphen and a letter does not stand
        there (``Kades-nya`` is no title)."""
        self.ignore_case = ignore_case
        self.hyphen_ends = hyphen_ends
        by_lead: dict[str, set[str]] = {}
        for form in forms:
            if form:
                by_lead.setdefault(lead_of(form), set()).add(form.lower() if ignore_case else form)
        self._by_lead = {k: sorted(v, key=len, reverse=True) for k, v in by_lead.items()}
        self.leads = frozenset(self._by_lead)

    def match(
        self, text: str, pos: int = 0, *, lead: str | None = None, breaks: frozenset[int] = frozenset()
    ) -> Found | None:
        """The longest form at ``pos`` (``lead``: the casefolded leading letters there,
        when the caller knows them; ``breaks``: offsets where a word ends even though a
        letter follows, as in the glued ``KPKtelah``)."""
        if lead is None:
            lead = lead_of(_LEAD.match(text, pos).group())
        forms = self._by_lead.get(lead)
        if forms is None:
            return None
        size = len(text)
        for form in forms:
            end = pos + len(form)
            if end > size:
                continue
            if text[pos:end].lower() == form if self.ignore_case else text.startswith(form, pos):
                if end == size:
                    return Found(text, pos, end)
                if not _is_word_char(text[end]) or end in breaks:
                    if self.hyphen_ends or not (text[end] == "-" and end + 1 < size and text[end + 1].isalpha()):
                        return Found(text, pos, end)
        return None


def register_leads(pattern: "regex.Pattern | PhraseList", forms: Iterable[str]) -> None:
    """Record the leading letters of ``pattern``'s forms (see :meth:`Words.may_start`)."""
    _LEADS[pattern] = frozenset(lead_of(f) for f in forms)


#: The leading letters of each form of a :func:`word_pattern`, casefolded: a word whose
#: own leading letters are not among them cannot start a match, so :meth:`Words.phrase`
#: skips the regex (the organisation grammar asks about every capitalised word).
_LEADS: "dict[regex.Pattern | PhraseList, frozenset[str]]" = {}
_LEAD = regex.compile(r"[\p{L}\p{N}]*")


def leads_of(pattern: "regex.Pattern | PhraseList") -> frozenset[str] | None:
    """The leading letters that can start a match of ``pattern``, or None if unknown."""
    return _LEADS.get(pattern)


def lead_of(form: str) -> str:
    """A word's or form's leading letters and digits, casefolded (``Polres`` of
    ``Polres-Polda``): what :meth:`Words.may_start` compares."""
    if form.isalnum():  # most words: letters and digits only, all of them the lead
        return form.casefold()
    return _LEAD.match(form).group().casefold()


_HYPHEN_BEFORE_CAPITAL = regex.compile(r"-(?=\p{Lu})")
#: where a scraper glued two words by dropping a link's spaces: an acronym and an
#: everyday word (``KPKtelah``: the dictionary must know the second half), a lowercase
#: word and a capitalised one (``kekayaanGubernur``; not a medium: ``detikSulsel``)
_GLUED_ACRONYM = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{2,}(?P<rest>\p{Ll}{2,})(?![\p{L}\p{N}])")
_GLUED_CAPITAL = regex.compile(r"(?<![\p{L}\p{N}])(?P<rest>\p{Ll}{3,})\p{Lu}\p{Ll}+(?![\p{L}\p{N}])")
_GLUED_MEDIA = frozenset(f.lower() for f in (*L.GLUED_MEDIA_FAMILIES, *L.CAMEL_MEDIA_FAMILIES))


def _glue_points(text: str) -> list[int]:
    """Offsets where a scraper glued an acronym or a lowercase word to the next word,
    or a list item's number to the item before it, and the glue points that the
    article's other words show (:func:`glue_points_by_evidence`)."""
    points = list(list_number_points(text))
    for m in _GLUED_ACRONYM.finditer(text):
        if m.group("rest") in everyday_words():
            points.append(m.start("rest"))
    for m in _GLUED_CAPITAL.finditer(text):
        if m.group("rest") not in _GLUED_MEDIA:
            points.append(m.end("rest"))
    points.extend(glue_points_by_evidence(text))
    return sorted(set(points))


def _split_at(spans: list[tuple[int, int]], points: list[int]) -> list[tuple[int, int]]:
    """``spans`` with each one cut at the ``points`` strictly inside it."""
    out: list[tuple[int, int]] = []
    k = 0
    for s, e in spans:
        while k < len(points) and points[k] <= s:
            k += 1
        while k < len(points) and points[k] < e:
            out.append((s, points[k]))
            s = points[k]
            k += 1
        out.append((s, e))
    return out


def _split_lowercase_prefixes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``eks-Kapolda``, ``se-Jawa``: a lowercase prefix is a word of its own (and so is
    its hyphen); the other words stay as they are."""
    cuts: dict[int, list[int]] = {}  # word index -> its hyphens before a capital
    starts = [s for s, _ in spans]
    for hyphen in _HYPHEN_BEFORE_CAPITAL.finditer(text):
        i = bisect.bisect_right(starts, hyphen.start()) - 1
        if i >= 0 and spans[i][0] < hyphen.start() < spans[i][1] and text[spans[i][0]].islower():
            cuts.setdefault(i, []).append(hyphen.start())
    if not cuts:
        return spans
    out: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(spans):
        for cut in cuts.get(i, ()):
            out.append((s, cut))
            out.append((cut, cut + 1))
            s = cut + 1
        out.append((s, e))
    return out


#: The :class:`Words` of each live doc (see :meth:`Words.of_doc`); entries go with their doc.
_DOC_WORDS: "weakref.WeakKeyDictionary[object, Words]" = weakref.WeakKeyDictionary()


# ----------------------------------------------------------------------------- text
class Words:
    """The words of a text with character offsets, and helpers to read them."""

    def __init__(self, text: str) -> None:
        self.text = text
        spans = [m.span() for m in _TOKEN.finditer(text)]
        if "-" in text:
            spans = _split_lowercase_prefixes(text, spans)
        glue = _glue_points(text)
        if glue:
            spans = _split_at(spans, glue)
        #: offsets where a word ends though a letter follows (a scraper's glue)
        self.glue: frozenset[int] = frozenset(glue)
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.words = [text[s:e] for s, e in spans]
        self.by_start = dict(zip(self.starts, range(len(spans))))
        self.by_end = dict(zip(self.ends, range(len(spans))))
        self.n = len(spans)
        #: word indices where another component (the statistical model) saw a person
        self.person_starts: set[int] = set()
        self._counts: dict[str, int] | None = None
        self._positions: dict[str, list[int]] | None = None
        self._lower: set[str] | None = None
        self._headline: list[tuple[int, int]] | None = None
        self._leads: list[str] | None = None  # each word's leading letters, casefolded
        self._caps: list[bool] | None = None  # :meth:`cap` of each word
        #: parse_org results by (word index, depth class)
        self.org_cache: dict[tuple[int, int], object] = {}
        self._starts_of: dict[object, list[int]] = {}  # :meth:`next_start`

    @classmethod
    def of_doc(cls, doc) -> "Words":
        """The words of a spaCy doc's text, with the word indices where the statistical
        model (run before the recognizers) starts a PERSON.

        This is the one place where a recognizer sees the model's output, and the one
        exception to "overlaps are settled in the resolver": the grammars of offices and
        organisations end a name where the model starts a person (``Polres Sukabumi``
        before ``AKBP Samian``), because a name read too long cannot be cut back into two
        entities later. The resolver still decides between the proposals.

        The organisation and office recognizers both read a doc this way; the words
        (and what the organisation grammar found at each, ``org_cache``) are built once
        per doc and kept beside it while it lives, as long as its text and the model's
        persons are unchanged.
        """
        from ..candidates import text_of

        text = text_of(doc)
        words = _DOC_WORDS.get(doc)
        if words is None or words.text is not text:
            words = cls(text)
        persons: set[int] = set()
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "PER"):
                i = words.by_start.get(ent.start_char)
                if i is not None:
                    persons.add(i)
        if persons != words.person_starts:
            if words.person_starts or words.org_cache:
                words = cls(text)  # the persons changed: what was read with them is stale
            words.person_starts = persons
        _DOC_WORDS[doc] = words
        return words

    def count(self, phrase: str) -> int:
        """How often a capitalised word occurs in the text as a whole word."""
        if self._counts is None:
            counts: dict[str, int] = {}
            for w in self.words:
                if w[:1].isupper():
                    counts[w] = counts.get(w, 0) + 1
            self._counts = counts
        return self._counts.get(phrase, 0)

    def in_headline(self, i: int) -> bool:
        """Word ``i`` is on a Title Case line (a headline, where verbs are capitalised
        too: ``Unila Gelar Wisuda``): the one headline rule,
        :func:`beritaner.text.title_case_lines`."""
        if self._headline is None:
            self._headline = title_case_lines(self.text)
        s = self.starts[i]
        return any(a <= s < b for a, b in self._headline)

    def is_common(self, word: str) -> bool:
        """The word also occurs in lowercase in the text (a common noun: ``kopi``)."""
        if self._lower is None:
            self._lower = {w for w in self.words if w[:1].islower()}
        return word.lower() in self._lower

    def alone(self, word: str, run: set[str]) -> int:
        """How often ``word`` occurs capitalised without a word of ``run`` before it."""
        if self._positions is None:
            pos: dict[str, list[int]] = {}
            for n, w in enumerate(self.words):
                if w[:1].isupper():
                    pos.setdefault(w, []).append(n)
            self._positions = pos
        return sum(1 for n in self._positions.get(word, ()) if self.w(n - 1) not in run and not self._inside_capitalised(n))

    def _inside_capitalised(self, n: int) -> bool:
        """Word ``n`` continues a capitalised name (``Mambaul Ulum``): the word before it,
        a space away on its line, is capitalised and no title, rank, form of address or
        everyday word opening a sentence (``kata Rektor Emilia``, ``Menurut Emilia``
        still name Emilia alone)."""
        if n == 0 or self.text[self.ends[n - 1] : self.starts[n]] != " ":
            return False
        before = self.words[n - 1]
        return before[:1].isupper() and before not in _NAME_INTRODUCERS and before.lower() not in everyday_words()
    def name_cut(self, start: int, end: int, min_keep: int = 1) -> int:
        """Where a person's name begins inside the capitalised run ``start:end``.

        A name is recognised by the statistical model's person spans, or by being
        mentioned again elsewhere in the text on its own (``Ova Emilia`` … ``Emilia``),
        which words of an organisation's name rarely are. Returns ``end`` if none.
        """
        for k in range(start + min_keep, end):
            if k in self.person_starts:
                return k
        run = set(self.words[max(0, start - 1) : end])
        for k in range(start + min_keep, end):
            w = self.words[k]
            if w.isupper() or len(w) <= 2 or is_region_word(w) or self.is_common(w):
                continue
            if self.alone(w, run - {w}) > 0:
                if k == end - 1 and k - 1 >= start + min_keep and end - start >= 3:
                    return k - 1
                return k
        return end

    def w(self, i: int) -> str:
        return self.words[i] if 0 <= i < self.n else ""

    def dotted(self, i: int) -> str:
        """The word with a full stop glued after it (``H.``), else the word."""
        if i + 1 < self.n and self.words[i + 1] == "." and self.starts[i + 1] == self.ends[i]:
            return self.words[i] + "."
        return self.w(i)

    def after_dotted(self, i: int) -> int:
        """Index after word ``i`` and its glued full stop."""
        return i + 2 if self.dotted(i).endswith(".") and not self.words[i].endswith(".") else i + 1

    def cap(self, i: int) -> bool:
        """Word ``i`` is capitalised, or a number glued to letters (``3D``)."""
        if self._caps is None:
            self._caps = [w[0].isupper() or (w[0].isdigit() and any(c.isalpha() for c in w)) for w in self.words]
        return 0 <= i < self.n and self._caps[i]

    def may_start(self, pattern: regex.Pattern, i: int) -> bool:
        """Could a match of ``pattern`` (a :func:`word_pattern` or one registered with
        :func:`register_leads`) start at word ``i``? False when the word's leading
        letters begin none of its forms: then the regex need not run."""
        leads = _LEADS.get(pattern)
        return leads is None or self.lead(i) in leads

    def lead(self, i: int) -> str:
        """Word ``i``'s leading letters and digits, casefolded (:func:`lead_of`)."""
        if self._leads is None:
            self._leads = [lead_of(w) for w in self.words]
        return self._leads[i]

    def next_start(self, pattern: "regex.Pattern | PhraseList", i: int) -> int:
        """The first word index at or after ``i`` where a match of ``pattern`` may start
        (:meth:`may_start`), else ``n``."""
        starts = self._starts_of.get(pattern)
        if starts is None:
            leads = _LEADS[pattern]
            if self._leads is None:
                self._leads = [lead_of(w) for w in self.words]
            starts = self._starts_of[pattern] = [k for k, lead in enumerate(self._leads) if lead in leads]
        k = bisect.bisect_left(starts, i)
        return starts[k] if k < len(starts) else self.n

    def phrase(self, pattern: regex.Pattern, i: int) -> tuple[int, str] | None:
        """The pattern matched from word ``i`` to a word end: (index after, text)."""
        if not 0 <= i < self.n:
            return None
        leads = _LEADS.get(pattern)  # :meth:`may_start`, inlined: the grammars' hot path
        if leads is not None:
            if self._leads is None:
                self._leads = [lead_of(w) for w in self.words]
            if self._leads[i] not in leads:
                return None
        if leads is not None and type(pattern) is PhraseList:
            m = pattern.match(self.text, self.starts[i], lead=self._leads[i], breaks=self.glue)
        else:
            m = pattern.match(self.text, self.starts[i])
        if m is None:
            return None
        j = self.by_end.get(m.end())
        if j is None:
            return None
        return j + 1, m.group()

    def span(self, i: int, j: int) -> str:
        return self.text[self.starts[i] : self.ends[j - 1]]

    def gap_ok(self, i: int) -> bool:
        """Words ``i-1`` and ``i`` are on one line (no line break between them)."""
        return i > 0 and "\n" not in self.text[self.ends[i - 1] : self.starts[i]]

    def is_person_start(self, i: int) -> bool:
        return self.dotted(i) in PERSON_STARTS or self.w(i) in PERSON_STARTS

    def is_rank_or_honorific(self, i: int) -> bool:
        """A rank or honorific (not a form of address such as ``Mas``, which also
        occurs inside names: ``Sinar Mas``)."""
        return (self.dotted(i) in PERSON_STARTS or self.w(i) in PERSON_STARTS) and self.w(i) not in _ADDRESS_ALL


# ----------------------------------------------------------------------------- regions
ALL_LEVELS = ("provinsi", "kabupaten", "kota")


def is_region_word(word: str) -> bool:
    return bool(region_levels(word)) or word in L.REGION_ABBREVIATIONS or word in L.DESCRIPTIVE_WORDS

@lru_cache(maxsize=65536)
def region_levels(name: str, villages: bool = False) -> frozenset[str]:
    """The levels a bare region name has in the gazetteer (villages only if asked)."""
    k = gazetteer.key(name)
    levels = {gazetteer.data().regions[c].level for c in gazetteer.codes_for_key(k)}
    if villages and gazetteer.codes_for_key(k, "desa"):
        levels.add("desa")
    return frozenset(levels)


ADMIN = word_pattern([w + "." if w in ("Prov", "Kab", "Kec", "Kel", "Ds") else w for w in L.ADMIN_WORDS])
REGION_ABBR = word_pattern(L.REGION_ABBREVIATIONS)
COUNTRY = word_pattern(L.COUNTRIES)
RI = word_pattern(("RI", "Republik Indonesia", "Pusat"))
_ADMIN_LEVEL = {
    "Provinsi": ("provinsi",), "Kabupaten": ("kabupaten",), "Kota": ("kota",),
    "Kota Administrasi": ("kota",), "Kecamatan": ("kecamatan",), "Distrik": ("kecamatan",),
}  # fmt: skip


def parse_region(t: Words, i: int, levels: tuple[str, ...] = ALL_LEVELS) -> tuple[int, str] | None:
    """A region name starting at word ``i``: (index after, text), or None.

    ``levels`` are the gazetteer levels the name may have; ``negara`` allows countries.
    A name after an administrative word is taken even when the gazetteer does not know
    it (one capitalised word and its compass suffixes).
    """
    if not t.cap(i) or t.is_person_start(i):
        return None
    admin = t.phrase(ADMIN, i)
    if admin is not None and t.cap(admin[0]):
        norm = L.ADMIN_WORDS.get(admin[1].rstrip("."), "")
        lv = _ADMIN_LEVEL.get(norm, ("desa",))
        # Kota + a city name; but "Kota" in "Kota Baru" region names is handled by lookup
        j = known_region(t, admin[0], lv + levels, villages=lv == ("desa",))
        if j is None:
            j = free_region(t, admin[0])
        if j is not None:
            return j, t.span(i, j)
    if "negara" in levels:
        c = t.phrase(COUNTRY, i)
        if c is not None:
            return c
    ab = t.phrase(REGION_ABBR, i)
    j = known_region(t, i, levels, villages="desa" in levels)
    if j is not None and (ab is None or j >= ab[0]):
        return j, t.span(i, j)
    return ab


def known_region(t: Words, i: int, levels: tuple[str, ...], villages: bool = False) -> int | None:
    """Longest run of 1–4 capitalised words at ``i`` that the gazetteer knows."""
    best = None
    j = i
    while j < t.n and j - i < 4 and t.cap(j) and not t.is_person_start(j):
        if j > i and not t.gap_ok(j):
            break
        name = t.span(i, j + 1)
        found = region_levels(name, villages)
        if found and (not levels or found & set(levels)):
            best = j + 1
        j += 1
        # hyphenated names are single words already; stop at punctuation
    return best


def free_region(t: Words, i: int) -> int | None:
    """One capitalised word (after a prefix word, two) and its compass suffixes."""
    if not t.cap(i) or t.is_person_start(i) or t.w(i) in STOP_WORDS or not t.w(i)[0].isalpha():
        return None
    j = i + 1
    if t.w(i) in L.REGION_PREFIXES and t.cap(j) and t.gap_ok(j) and not t.is_person_start(j):
        j += 1
    while t.w(j) in L.REGION_SUFFIXES and t.gap_ok(j):
        j += 1
    return j


# ----------------------------------------------------------------------------- glued words
#: Words: runs of letters/digits; an ALL-CAPS run ends where lowercase begins, and a
#: lowercase-to-capital change starts a new word (links dropped in scraping glue words:
#: ``diPendopo``, ``BantenAndra``).
GLUED_WORD = regex.compile(r"\p{Lu}{2,}[\p{Lu}\p{N}]*(?!\p{Ll})|[\p{Lu}\p{N}]?[\p{Ll}\p{N}'’]+|\p{Lu}|\p{N}+")
_ABBREVIATIONS = frozenset(
    w[:-1].lower()
    for w in (*LP.ADMIN_WORDS, *LP.FACILITY_TRIGGERS, "dr.", "K.", "H.", "St.", "Adm.")
    if w.endswith(".")
) | {"dr", "st", "prof", "ir", "drs", "hj", "kh", "jend", "mgr", "moh", "muh"}


def word_key(word: str) -> str:
    """A word's lookup key: lowercase, apostrophes dropped (``Jum'at`` -> ``jumat``)."""
    return word.lower().replace("'", "").replace("’", "")


class GluedWords:
    """The words of a text split where a scraper glued them (``diPendopo``,
    ``BantenAndra``), with lookup keys and the gaps between them: the place grammar's
    view, where a name must not swallow the word glued to it."""

    __slots__ = ("text", "starts", "ends", "words", "keys", "n")

    def __init__(self, text: str) -> None:
        self.text = text
        found = [(m.start(), m.end(), m.group()) for m in GLUED_WORD.finditer(text)]
        points = sorted({*list_number_points(text), *glue_points_by_evidence(text)})
        if points:
            found = [(a, b, text[a:b]) for a, b in _split_at([(f[0], f[1]) for f in found], points)]
        self.starts: list[int] = [f[0] for f in found]
        self.ends: list[int] = [f[1] for f in found]
        self.words: list[str] = [f[2] for f in found]
        if "'" in text or "’" in text:
            self.keys = [word_key(w) for w in self.words]
        else:
            self.keys = [w.lower() for w in self.words]
        self.n = len(self.words)

    def gap(self, i: int) -> str:
        """The text between word ``i`` and word ``i + 1``."""
        return self.text[self.ends[i] : self.starts[i + 1]]

    def joined(self, i: int) -> bool:
        """Whether word ``i + 1`` continues a name begun at or before word ``i``."""
        if i + 1 >= self.n:
            return False
        gap = self.gap(i)
        if gap in (" ", "-", "\u00a0"):
            return True
        if gap == "":
            # a lowercase-to-capital change inside a run of letters is where a link
            # dropped a space (``BantenAndra``): a boundary; ``JIExpo`` stays whole
            return self.words[i].isupper()
        if gap.startswith(".") and (self.keys[i] in _ABBREVIATIONS or len(self.words[i]) == 1):
            rest = gap[1:]  # ``Kab. Lebak``, ``K.H. Hasyim``, ``Prof. Dr.``
            return len(rest) <= 2 and rest.strip(" \t\u00a0") == "" and "\n" not in rest
        return len(gap) <= 3 and gap.strip(" \t\u00a0-") == "" and "\n" not in gap and gap != ""

    def end_with_period(self, i: int) -> int:
        """The end of word ``i``, including an abbreviation's full stop."""
        end = self.ends[i]
        if self.keys[i] in _ABBREVIATIONS and self.text[end : end + 1] == ".":
            return end + 1
        return end

    def capitalised(self, i: int) -> bool:
        return self.words[i][0].isupper()

    def all_caps(self, i: int) -> bool:
        w = self.words[i]
        return len(w) > 1 and w.isupper()

    def line_start(self, i: int) -> bool:
        if i == 0:
            return not self.text[: self.starts[0]].strip(" \t\u00a0|")
        before = self.text[self.ends[i - 1] : self.starts[i]]
        return "\n" in before

    def sentence_start(self, i: int) -> bool:
        if i == 0:
            return True
        before = self.text[self.ends[i - 1] : self.starts[i]]
        return "\n" in before or any(c in before for c in ".!?“\"")

    def previous_key(self, i: int) -> str | None:
        """The lowercase word right before word ``i`` in the same clause, if any."""
        if i == 0:
            return None
        gap = self.text[self.ends[i - 1] : self.starts[i]]
        if gap.strip(" \t\u00a0") != "":
            return None
        return self.keys[i - 1]


def mentions(text: str, forms: Iterable[str], word_start: regex.Pattern) -> list[tuple[int, str]]:
    """(start, form) of each whole-word occurrence of ``forms`` at a match of
    ``word_start``, longest form first, left to right, not overlapping.

    The same as a pattern of the forms would give, without compiling one per article
    (the forms are the article's own names and short forms: a pattern of them cost more
    than the search); ``word_start`` matches one character where a word may begin."""
    hits: list[tuple[int, int, str]] = []
    for form in set(forms):
        if not form:
            continue
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if word_start.match(text, start) and not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
                hits.append((start, -len(form), form))
            start = text.find(form, start + 1)
    out: list[tuple[int, str]] = []
    position = 0
    for start, negative_length, form in sorted(hits):  # left to right, longest first
        if start >= position:
            out.append((start, form))
            position = start - negative_length
    return out
