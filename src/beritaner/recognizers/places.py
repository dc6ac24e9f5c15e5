"""The places recognizer: PLACE candidates with Kemendagri codes.

What it proposes (character offsets into ``doc.text``; attrs ``name``, ``region_code``,
``level``, ``province``, ``alternatives``, ``aliases``):

* **Administrative word + region** (``Kota Serang``, ``Kab. Lebak``, ``Provinsi Banten``,
  ``Kecamatan Ciemas``, ``Desa Sukamaju``): the span includes the word; score 0.95.
  Villages are only ever matched this way (many village names are everyday words or
  names: ``Soni``, ``Harus``, ``Pendopo``). An unknown capitalised name after the word is
  still a place, without a code (0.86 below the regency level, else 0.8). A lowercase
  word (``di kabupaten Bogor``) only tells the level; the span is the name.
* **Bare provinces, regencies and cities** (``Banten``, ``Bandarlampung``, ``SERANG -``
  datelines) at 0.88; short forms (``Jabar``, ``Lamtim``, ``Jaksel``) at 0.9. Names that
  are everyday words (``lowercase_uses`` in the gazetteer, ``DOUBTFUL_BARE_REGIONS``)
  need a locative word before them (``di Batang``). Districts bare only when unique,
  not a word or a given name, and after a locative word or before ``, Kabupaten X``:
  0.8, so they only fill gaps.
* **Facilities**: a capitalised trigger (``Jalan``, ``Pendopo``, ``RSUD``, ``Pantai``,
  ``Stadion`` ...) and the capitalised name words after it, stopping at lowercase
  words, punctuation, dates and office titles: 0.9 (generic-prone triggers 0.8).
* **Countries, foreign cities, islands, landmarks** (``Malaysia``, ``Kuala Lumpur``,
  ``Jawa``, ``KP3B``).
* A short form in parentheses right after a region joins its span as an alias:
  ``Sulawesi Selatan (Sulsel)``.

* A district or village the article named with its administrative word is also
  recognised where it is repeated bare (``Desa Sindulang`` ... ``di Sindulang``), 0.8.

Ambiguous names (``Serang`` = Kota Serang 36.73 or Kabupaten Serang 36.04) take the
reading the same article makes explicit (``Kabupaten Serang`` elsewhere in the text,
or a district or village of one of them); otherwise the gazetteer's order (a city
before a regency of the same name, see :mod:`beritaner.gazetteer`). The other readings
are listed in ``alternatives``. A village name shared by several villages keeps
``region_code`` None unless the article names its district, regency or province; after
``Kampung``/``Negeri`` (a hamlet in Java, a village in Papua and Maluku) a village code
is given only when the article names the village's regency.

In Title Case headlines capitals say little: there an unknown name after an
administrative word is not proposed, and a facility only when its name ends in a
province, regency, city or known place. Everything runs on one regex word scan and
dictionary lookups (no loop over the 90k names): about 0.5 M words/s on news text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex
from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from .. import gazetteer
from ..candidates import Candidate, text_of
from ..lang.id import orgs as ORG_WORDS
from ..lang.id import places as lang
from ..lang.id.persons import INITIALS_TRIGGERS
from ..lang.id.offices import TITLE_WORDS
from ..lexicon import common_words
from ._base import Recognizer
from .scan import RANK_WORDS
from .place_codes import (
    SUPPORT_PROVINCE,
    SUPPORT_REGENCY,
    PlaceMatch,
    disambiguate,
    follow_named,
    place_attrs,
    region_of,
)
from .scan import GLUED_WORD, GluedWords, mentions, word_key
from ..text import title_case_lines

SCORE_ADMIN = 0.95
SCORE_ADMIN_UNKNOWN_LOW = 0.86
SCORE_ADMIN_UNKNOWN_HIGH = 0.8
SCORE_SHORT_FORM = 0.9
SCORE_BARE = 0.88
SCORE_BARE_CUED = 0.86
SCORE_BARE_DOUBTFUL = 0.7
SCORE_DISTRICT = 0.8
SCORE_VILLAGE = 0.75
#: a bare district or village whose regency (or district) the article names
SCORE_SUPPORTED = 0.86
SCORE_FACILITY = 0.9
SCORE_FACILITY_LOW = 0.8
SCORE_COUNTRY = 0.9
SCORE_FOREIGN_CITY = 0.88
SCORE_ISLAND = 0.86
SCORE_LANDMARK = 0.9

MAX_NAME_WORDS = 6
MAX_FACILITY_WORDS = 8
MAX_UNKNOWN_WORDS = 3

_LETTER = regex.compile(r"\p{L}")
_LOWER_RUN = regex.compile(r"\p{Ll}{3}")  # a line without one is written in capitals
_ALIAS = regex.compile(r"[ \t\u00a0]*\(([\p{L}\p{N} .\-]{2,24})\)")
_WORD_START = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]")  # where a repeated name may begin
_DATELINE_AFTER = regex.compile(r"[ \t\u00a0]*(?:[-–—,(]|$)")
def _build_trigger_table() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for trigger in lang.FACILITY_TRIGGERS:
        words = tuple(word_key(m.group()) for m in GLUED_WORD.finditer(trigger))
        table.setdefault(words[0], []).append((words, trigger))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


@dataclass(frozen=True)
class _Other:
    """A named place that is not an administrative region."""

    name: str
    level: str | None
    score: float
    acronym: bool


def _build_other_places() -> dict[str, _Other]:
    table: dict[str, _Other] = {}
    groups = (
        (lang.LANDMARKS, None, SCORE_LANDMARK),
        (lang.ISLANDS, None, SCORE_ISLAND),
        (lang.FOREIGN_CITIES, None, SCORE_FOREIGN_CITY),
        (lang.COUNTRIES, "negara", SCORE_COUNTRY),
    )
    for names, level, score in groups:
        for name in names:
            table[gazetteer.key(name)] = _Other(name, level, score, name.isupper())
    for acronym, name in lang.COUNTRY_ACRONYMS.items():
        table[gazetteer.key(acronym)] = _Other(name, "negara", SCORE_BARE_CUED, True)
    return table


_ADMIN_KEYS: dict[str, str | None] = {}
for _w, _lvl in lang.ADMIN_WORDS.items():
    _ADMIN_KEYS.setdefault(word_key(_w.rstrip(".")), _lvl)
_KNOWN_ONLY_KEYS = {word_key(w): lvl for w, lvl in lang.ADMIN_WORDS_KNOWN_ONLY.items()}
_ADMIN_EXACT = {w.rstrip(".") for w in lang.ADMIN_WORDS} | {w.rstrip(".").upper() for w in lang.ADMIN_WORDS}
_FILLER_KEYS = {word_key(w.rstrip(".")) for w in lang.ADMIN_FILLERS}
_LOWER_ADMIN = lang.ADMIN_WORDS_LOWER
_STOP = lang.NAME_STOP_WORDS
#: capitalised words that may stand right before or after a place name without making
#: it part of a person's name: titles and the heads of organisation names
_KNOWN_NEIGHBOURS: frozenset[str] = TITLE_WORDS | frozenset(
    form.split()[0] for form in (*ORG_WORDS.DESCRIPTIVE_HEADS, *ORG_WORDS.NAMED_HEADS, *ORG_WORDS.REGIONAL_BODIES)
)
_STOP_KEYS = {word_key(w.rstrip(".")) for w in lang.NAME_STOP_WORDS}
_TITLE_KEYS = {word_key(w) for w in lang.TITLES_IN_BUILDING_NAMES}
_CONNECTOR_KEYS = {word_key(w.rstrip(".")) for w in lang.NAME_CONNECTORS}
_NOT_NAMES = {trigger: {word_key(w) for w in words} for trigger, words in lang.FACILITY_NOT_NAMES.items()}
_DOUBTFUL_KEYS = {gazetteer.key(n) for n in lang.DOUBTFUL_BARE_REGIONS}
_WELL_KNOWN_KEYS = {gazetteer.key(n) for n in lang.WELL_KNOWN_DESPITE_WORD}
_PERSON_KEYS = {gazetteer.key(n) for n in lang.PERSON_NAME_REGIONS}
_CUES = lang.LOCATIVE_CUES
_LANGUAGE_CUES = lang.LANGUAGE_CUES
_ACRONYM_COUNTRY_KEYS = {gazetteer.key(a) for a in lang.COUNTRY_ACRONYMS}
_ACRONYM_CUES = lang.COUNTRY_ACRONYM_CUES
_ACRONYM_ANYWHERE_KEYS = {gazetteer.key(a) for a in lang.COUNTRY_ACRONYMS_ANYWHERE}


def _country_acronym_here(key: str, prev: str | None) -> bool:
    """Whether a country acronym (``AS``, ``RI``) after the word ``prev`` is the country:
    after a cue (``dolar AS``, ``di AS``), or anywhere for ``RI`` but after a word that
    introduces a person's initials (``tersangka RI``)."""
    if key in _ACRONYM_ANYWHERE_KEYS:
        return prev not in INITIALS_TRIGGERS
    return prev in _ACRONYM_CUES
_AREA_SUFFIX_KEYS = {word_key(w) for w in lang.AREA_SUFFIXES}
_ACRONYM_SHORT_KEYS = {
    gazetteer.key(s) for s in (*lang.PROVINCE_SHORT_FORMS, *lang.REGENCY_SHORT_FORMS) if s.isupper()
}


class _Lines:
    """Sorted, disjoint character ranges; ``offset in lines`` by bisection."""

    __slots__ = ("starts", "ranges")

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = ranges
        self.starts = [r[0] for r in ranges]

    def __contains__(self, offset: int) -> bool:
        n = bisect.bisect_right(self.starts, offset) - 1
        return n >= 0 and offset < self.ranges[n][1]


class PlaceRecognizer(Recognizer):
    """Proposes PLACE candidates (see the module docstring)."""

    source = "places"

    def __init__(self) -> None:
        self.data = gazetteer.data()  # loaded now, not on the first document
        self.triggers = _build_trigger_table()
        self.others = _build_other_places()
        self._key_prefixes: frozenset[str] | None = None  # :meth:`_bare`, built on first use

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("data", None)  # the shared gazetteer is reloaded, not pickled
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.data = gazetteer.data()

    # ----------------------------------------------------------------- finding
    def find(self, doc: Doc) -> list[Candidate]:
        return self.find_in_text(text_of(doc))

    def find_in_text(self, text: str) -> list[Candidate]:
        w = GluedWords(text)
        matches: list[PlaceMatch] = []
        upper_lines, title_lines = self._special_lines(text)
        covered_until = -1
        i = 0
        while i < w.n:
            word = w.words[i]
            first = word[0]
            if not (first.isupper() or first.isdigit()):
                if w.keys[i] in _LOWER_ADMIN and i + 1 < w.n and w.capitalised(i + 1) and w.joined(i):
                    m = self._after_lowercase_admin(w, i, _LOWER_ADMIN[w.keys[i]])
                    if m is not None:
                        matches.append(m)
                        covered_until = max(covered_until, m.end)
                i += 1
                continue
            k = w.keys[i]
            if k in _ADMIN_KEYS and word.rstrip(".") in _ADMIN_EXACT:
                m = self._admin(w, i, w.starts[i] in title_lines)
                if m is not None:
                    matches.append(m)
                    covered_until = max(covered_until, m.end)
            elif k in _KNOWN_ONLY_KEYS and word[0].isupper() and w.joined(i) and i > 0 and not w.capitalised(i - 1):
                found = self._longest_region(w, i + 1, _KNOWN_ONLY_KEYS[k])
                if found is not None:
                    matches.append(PlaceMatch(w.starts[i], w.ends[found[0]], SCORE_ADMIN, found[2], _KNOWN_ONLY_KEYS[k], explicit=True, code_needs_support=True))
                    covered_until = max(covered_until, w.ends[found[0]])
            if k in self.triggers and w.starts[i] >= covered_until:
                m = self._facility(w, i, title_lines)
                if m is not None:
                    matches.append(m)
            if w.starts[i] >= covered_until:
                m = self._bare(w, i, upper_lines, title_lines)
                if m is not None:
                    matches.append(m)
            i += 1
        matches = self._confirm_headline_facilities(text, matches)
        matches.extend(self._repeated_names(text, w, matches))
        matches.extend(_route_stops(text, matches))
        self._attach_aliases(text, matches)
        return self._to_candidates(text, matches)

    def _confirm_headline_facilities(self, text: str, matches: list[PlaceMatch]) -> list[PlaceMatch]:
        if not any(m.headline_key for m in matches):
            return matches
        named = {
            gazetteer.key(gazetteer.split_admin_word(text[m.start : m.end])[1])
            for m in matches
            if m.explicit and m.codes
        }
        return [m for m in matches if m.headline_key is None or m.headline_key in named]

    def _repeated_names(self, text: str, w: GluedWords, matches: list[PlaceMatch]) -> list[PlaceMatch]:
        """Bare repeats of a district or village the article named with its
        administrative word (``Desa Sindulang`` ... ``longsor di Sindulang``)."""
        names: dict[str, PlaceMatch] = {}
        for m in matches:
            if m.explicit and m.codes and m.codes[0].count(".") >= 2:
                written = " ".join(text[m.start : m.end].split()[1:])
                k = gazetteer.key(written)
                if written and written[0].isupper() and k not in _PERSON_KEYS and k not in STOP_WORDS:
                    names.setdefault(written, m)
        if not names:
            return []
        taken = sorted((m.start, m.end) for m in matches)
        starts = [t[0] for t in taken]
        index = {s: n for n, s in enumerate(w.starts)}
        out = []
        for start, name in mentions(text, names, _WORD_START):
            end = start + len(name)
            pos = bisect.bisect_right(starts, start) - 1
            if pos >= 0 and taken[pos][1] > start:
                continue  # inside a span already proposed
            if pos + 1 < len(taken) and taken[pos + 1][0] < end:
                continue
            i = index.get(start)
            if i is None or (i > 0 and w.capitalised(i - 1) and w.joined(i - 1) and w.gap(i - 1) == " "):
                continue  # part of a longer capitalised name
            end_word = bisect.bisect_left(w.ends, end)
            if end_word + 1 < w.n and w.gap(end_word) == " " and w.capitalised(end_word + 1):
                continue
            source = names[name]
            out.append(PlaceMatch(start, end, SCORE_DISTRICT, source.codes, None, needs_support=False))
        return out

    @staticmethod
    def _special_lines(text: str) -> "_Lines":
        """Lines written mostly in capitals (headlines, datelines) and lines in Title
        Case (headlines, where capitals say little about names: the one headline rule,
        :func:`beritaner.text.title_case_lines`)."""
        upper = []
        pos = 0
        for line in text.split("\n"):
            end = pos + len(line)
            if _LOWER_RUN.search(line) is None and len(_LETTER.findall(line)) >= 4:
                upper.append((pos, end))
            pos = end + 1
        upper_set = set(upper)
        title = [span for span in title_case_lines(text) if span not in upper_set]
        return _Lines(upper), _Lines(title)

    # ------------------------------------------------------ name lookups
    def _name_words(self, w: GluedWords, j: int, limit: int = MAX_NAME_WORDS):
        """Yield (last index, key) for word runs starting at ``j``, shortest first."""
        k = ""
        last = j
        for last in range(j, min(w.n, j + limit)):
            if last > j:
                if not w.joined(last - 1):
                    return
                word = w.words[last]
                if not (word[0].isupper() or word[0].isdigit() or w.keys[last] == "dan"):
                    # lowercase after a hyphen belongs to the word (``Una-una``)
                    if w.gap(last - 1) != "-":
                        return
            k += w.keys[last]
            yield last, k

    def _longest_region(self, w: GluedWords, j: int, level: str | None):
        best = None
        for last, k in self._name_words(w, j):
            if w.keys[last] == "dan":
                continue
            codes = gazetteer.codes_for_key(k, level)
            if codes:
                best = (last, k, codes)
        return best

    # ------------------------------------------------------ administrative word
    def _admin(self, w: GluedWords, i: int, in_title: bool = False) -> PlaceMatch | None:
        level = _ADMIN_KEYS[w.keys[i]]
        if not w.joined(i):
            return None
        j = i + 1
        if w.keys[j] in _FILLER_KEYS and w.joined(j):
            j += 1
        if not (w.words[j][0].isupper() or w.words[j][0].isdigit()):
            return None
        if w.all_caps(i) and not w.all_caps(j):
            return None
        if w.words[j] in lang.ADMIN_NOT_NAMES:
            return None
        found = self._longest_region(w, j, level) if level is not None else None
        if found is not None:
            last, _k, codes = found
            weak = w.words[i] in lang.ADMIN_WORDS_CODE_NEEDS_CONTEXT
            if level in ("desa", "kecamatan") and self._suffixed(w, last):
                # ``Desa Cibuntu Wetan``: another village than Cibuntu
                return PlaceMatch(w.starts[i], w.ends[last + 1], SCORE_ADMIN_UNKNOWN_LOW, codes, level, explicit=True, area=True)
            return PlaceMatch(w.starts[i], w.ends[last], SCORE_ADMIN, codes, level, explicit=True, code_needs_support=weak)
        # the administrative word may be part of the name (district ``Kota Jantho``)
        found = self._longest_region(w, i, None)
        if found is not None and found[0] > i:
            last, _k, codes = found
            # its code only where the article names the regency (``Kota Lama`` is a
            # district of Kupang, and the old town of Semarang)
            return PlaceMatch(w.starts[i], w.ends[last], SCORE_ADMIN, codes, None, explicit=True, code_needs_support=True)
        # a foreign city or known place after the word (``Kota Ho Chi Minh``)
        best = None
        for start in (i, j):  # ``Kota Tua`` is a landmark with the word in its name
            for last, k in self._name_words(w, start):
                if k in self.others and (best is None or last > best[0]):
                    best = (last, self.others[k])
        if best is not None:
            return PlaceMatch(w.starts[i], w.ends[best[0]], SCORE_FACILITY, (), best[1].level, name=best[1].name)
        # an unknown name after an administrative word is still a place, except in a
        # Title Case headline (``Tiga Desa Terendam``)
        if in_title or (i > 0 and w.words[i - 1] in lang.TITLES_BEFORE_ADMIN and w.gap(i - 1) == " "):
            return None
        last = None
        for idx in range(j, min(w.n, j + MAX_UNKNOWN_WORDS)):
            if idx > j and not w.joined(idx - 1):
                break
            word = w.words[idx]
            if not word[0].isupper() or word in _STOP or w.keys[idx] in _ADMIN_KEYS:
                break
            if idx > j and self._major_place(w.keys[idx]):
                break  # ``Kota Lama Semarang``: the region is a place of its own
            last = idx
        if last is None or (last == j and len(w.words[j]) < 3):
            return None
        low = level in (None, "desa", "kecamatan")
        score = SCORE_ADMIN_UNKNOWN_LOW if low else SCORE_ADMIN_UNKNOWN_HIGH
        return PlaceMatch(w.starts[i], w.ends[last], score, (), level, explicit=True)

    @staticmethod
    def _suffixed(w: GluedWords, last: int) -> bool:
        return last + 1 < w.n and w.gap(last) == " " and w.words[last + 1] in lang.NAME_SUFFIXES

    def _after_lowercase_admin(self, w: GluedWords, i: int, level: str) -> PlaceMatch | None:
        j = i + 1
        found = self._longest_region(w, j, level)
        if found is None:
            return None
        last, _k, codes = found
        score = SCORE_ADMIN_UNKNOWN_LOW if level == "desa" else SCORE_BARE
        return PlaceMatch(w.starts[j], w.ends[last], score, codes, level, explicit=True)

    # ------------------------------------------------------ facilities
    def _facility(self, w: GluedWords, i: int, title_lines) -> PlaceMatch | None:
        trigger = None
        for words, written in self.triggers[w.keys[i]]:
            end = i + len(words) - 1
            if end >= w.n or tuple(w.keys[i : end + 1]) != words:
                continue
            if all(w.joined(x) for x in range(i, end)):
                trigger = (end, written)
                break
        if trigger is None:
            return None
        t_end, written = trigger
        if written.isupper() and not w.all_caps(i):
            return None  # ``Rs`` is not ``RS``
        if i > 0 and w.words[i - 1] in lang.PERSON_TITLES_BEFORE_TRIGGER and w.gap(i - 1) == " ":
            return None  # ``Sunan Gunung Jati`` is a person
        if not w.joined(t_end):
            return None
        j = t_end + 1
        if w.keys[j] in _NOT_NAMES.get(written, ()):
            return None
        in_title = w.starts[i] in title_lines
        last = None
        idx = j
        title_ok = True
        while idx < w.n and idx - j < MAX_FACILITY_WORDS:
            if idx > j and not w.joined(idx - 1):
                break
            word = w.words[idx]
            k = w.keys[idx]
            if word[0].isupper():
                if title_ok and (k in _TITLE_KEYS or k in _ADMIN_KEYS):
                    pass  # ``Pendopo Gubernur Banten``, ``Kantor Kecamatan Ciemas``
                elif word.rstrip(".") in _STOP or k in _STOP_KEYS or k in _ADMIN_KEYS:
                    break
                elif idx > j and word in RANK_WORDS:
                    break  # ``Tanjung Perak AKP Moch Suud``; a street's hero keeps his (``Jalan Kolonel Sugiono``)
                elif in_title and last is not None and not self._major_place(k):
                    break  # in a Title Case headline every word is capitalised
                last = idx
                title_ok = k in _TITLE_KEYS or k in ("wali", "kota")
            elif k in _CONNECTOR_KEYS and last is not None and idx + 1 < w.n and w.joined(idx):
                if not w.words[idx + 1][0].isupper():
                    break
            elif idx > j and w.gap(idx - 1) == "-" and last == idx - 1 and not word[0].isdigit():
                last = idx  # ``Alun-alun`` style reduplication inside a name
            else:
                break
            idx += 1
        if last is None:
            return None
        if last == j and len(w.words[j]) < 2 and not w.words[j].isupper():
            return None
        pending = False
        if in_title and not (written.isupper() and last == j) and not self._major_place(w.keys[last]):
            # ``Jembatan Gantung`` in a headline: capitals say nothing there; kept only
            # if the article names the place with an administrative word
            pending = True
        low = written in lang.FACILITY_LOW_SCORE
        if low and (w.keys[j] in _TITLE_KEYS or w.previous_key(i) in ("di", "ke", "dari", "depan")):
            low = False  # ``di Kantor Kejati Sultra``, ``Kantor Bupati Karawang``
        score = SCORE_FACILITY_LOW if low else SCORE_FACILITY
        end = w.ends[last]
        name = " ".join(w.text[w.starts[i] : end].split())
        return PlaceMatch(w.starts[i], end, score, (), None, name=name, headline_key=w.keys[last] if pending else None)

    def _major_place(self, k: str) -> bool:
        """A province, regency, city or named place outside the regions (not a
        district: ``Gantung`` and ``Rakit`` are districts as well as words)."""
        if k in self.others:
            return True
        return any(self.data.regions[c].level != "kecamatan" for c in self.data.by_key.get(k, ()))

    # ------------------------------------------------------ bare names
    def key_prefixes(self) -> frozenset[str]:
        """Every beginning of a region's or other place's lookup key: a run of words whose
        key begins none of them can grow into no name (most capitalised words)."""
        if self._key_prefixes is None:
            self._key_prefixes = frozenset(
                k[:n] for k in (*self.data.by_key, *self.others) for n in range(1, len(k) + 1)
            )
        return self._key_prefixes

    def _bare(self, w: GluedWords, i: int, upper_lines, title_lines) -> PlaceMatch | None:
        options = []  # (last, key, region codes or None, other place or None), shortest first
        prefixes = self.key_prefixes()
        if w.keys[i] not in prefixes:
            return self._bare_village(w, i)  # (the word begins no name: most capitalised words)
        for last, k in self._name_words(w, i):
            if k not in prefixes:
                break
            if w.keys[last] == "dan":
                continue
            codes = self.data.by_key.get(k)
            if codes:
                options.append((last, k, codes, None))
            elif k in self.others:
                options.append((last, k, None, self.others[k]))
        if not options:
            return self._bare_village(w, i)
        if self._inside_a_name(w, i, options[-1][0]):
            return None
        in_upper_line = w.starts[i] in upper_lines
        prev = w.previous_key(i)
        for last, k, codes, other in reversed(options):
            written = w.text[w.starts[i] : w.ends[last]]
            caps = len(written) > 1 and written.isupper()
            dateline = caps and self._dateline(w, i, last)
            # an acronym must be written in capitals; other names in capitals only in
            # a dateline or an all-capitals line (``SERANG -``)
            if other is not None:
                acronym = other.acronym
            else:
                acronym = k in _ACRONYM_SHORT_KEYS or w.keys[i] in _ACRONYM_SHORT_KEYS
            if acronym:
                if not w.words[i].isupper():
                    continue
            elif caps and not (dateline or in_upper_line):
                continue
            if other is not None:
                if k in _ACRONYM_COUNTRY_KEYS and (in_upper_line or not _country_acronym_here(k, prev)):
                    continue
                if other.level == "negara" and prev in _LANGUAGE_CUES:
                    return None
                if self._area_suffix_after(w, last):  # ``Madura Raya``, ``Eropa Timur``: an area
                    return PlaceMatch(w.starts[i], w.ends[last + 1], other.score, (), None)
                return PlaceMatch(w.starts[i], w.ends[last], other.score, (), other.level, name=other.name)
            m = self._bare_region(w, i, last, k, codes, prev, dateline, title_lines)
            if m is not None:
                return m
        return None

    def _bare_region(self, w: GluedWords, i: int, last: int, k: str, codes, prev, dateline, title_lines) -> PlaceMatch | None:
        is_short = k in self.data.short_form_keys
        first = self.data.regions[codes[0]]
        cue = prev in _CUES
        if is_short:
            return PlaceMatch(w.starts[i], w.ends[last], SCORE_SHORT_FORM, codes, None)
        if first.level == "kecamatan":
            if dateline:
                return PlaceMatch(w.starts[i], w.ends[last], SCORE_FACILITY, codes, None, needs_support=len(codes) > 1, cue=True)
            if not self._district_ok(w, i, last, k, codes):
                return None
            return PlaceMatch(w.starts[i], w.ends[last], SCORE_DISTRICT, codes, None, needs_support=True, cue=cue or self._followed_by_region(w, last))
        uses = self.data.lowercase_uses[codes[0]]
        doubtful = k in _DOUBTFUL_KEYS or (uses >= 3 and k not in _WELL_KNOWN_KEYS)
        if dateline:
            score = SCORE_FACILITY
        elif doubtful:
            if not cue or w.starts[i] in title_lines:
                return None
            return PlaceMatch(w.starts[i], w.ends[last], SCORE_BARE_CUED, codes, None, code_needs_province=True)
        elif self._area_suffix_after(w, last):
            # ``Garut Selatan``, ``Malang Raya``: an area named after the region, not
            # the region itself; no code, the region's readings as alternatives
            return PlaceMatch(w.starts[i], w.ends[last + 1], SCORE_BARE_CUED, codes, None, area=True)
        elif not cue and w.starts[i] not in title_lines and self._looks_like_first_name(w, i, last):
            # (after ``di`` or in a Title Case headline a capital next word says nothing)
            score = SCORE_BARE_DOUBTFUL
        else:
            score = SCORE_BARE
        return PlaceMatch(w.starts[i], w.ends[last], score, codes, None)

    @staticmethod
    def _area_suffix_after(w: GluedWords, last: int) -> bool:
        """A direction or ``Raya`` after the name, one space away (``Garut Selatan``,
        ``Madura Raya``): the name of an area around the place."""
        return last + 1 < w.n and w.keys[last + 1] in _AREA_SUFFIX_KEYS and w.gap(last) == " " and w.capitalised(last + 1)

    @staticmethod
    def _dateline(w: GluedWords, i: int, last: int) -> bool:
        """``SERANG -``, ``TRIBUNPADANG.COM, PADANG -``, ``JAKARTA (ANTARA) -``."""
        if _DATELINE_AFTER.match(w.text, w.ends[last]) is None:
            return False
        line_start = w.text.rfind("\n", 0, w.starts[i]) + 1
        return w.starts[i] - line_start <= 60

    def _bare_village(self, w: GluedWords, i: int) -> PlaceMatch | None:
        """A village named without ``Desa``: only after a cue word, and kept only when
        the article names its district or regency (checked in :meth:`_to_candidates`)."""
        if w.all_caps(i) or w.words[i] in _STOP:
            return None
        after_comma = i > 0 and w.text[w.ends[i - 1] : w.starts[i]].strip() == ","
        if w.previous_key(i) not in _CUES and not after_comma:
            return None
        villages = self.data.villages()
        best = None
        for last, k in self._name_words(w, i, 4):
            codes = villages.get(k)
            if codes:
                best = (last, codes)
        if best is None:
            return None
        last, codes = best
        if self._looks_like_first_name(w, i, last) or gazetteer.key(w.words[i]) in _PERSON_KEYS:
            return None
        if any(w.keys[x] in STOP_WORDS for x in range(i, last + 1)):
            return None  # ``Bila``, ``Harus``: function words that are also villages
        if after_comma and not self._followed_by_region(w, last):
            return None  # ``..., Slipi, Jakarta Barat``: an address chain
        return PlaceMatch(w.starts[i], w.ends[last], SCORE_VILLAGE, codes, None, needs_support=True)

    def _district_ok(self, w: GluedWords, i: int, last: int, k: str, codes) -> bool:
        if any(self.data.lowercase_uses[c] > 0 for c in codes):
            return False
        if k in _PERSON_KEYS or w.words[i] in _STOP or w.all_caps(i):
            return False
        if any(w.keys[x] in STOP_WORDS for x in range(i, last + 1)):
            return False
        return not self._looks_like_first_name(w, i, last)

    def _followed_by_region(self, w: GluedWords, last: int) -> bool:
        """``Cibinong, Kabupaten Bogor``: a higher region right after a comma."""
        after = w.text[w.ends[last] : w.ends[last] + 2]
        if not after.startswith(",") or last + 1 >= w.n:
            return False
        nxt = w.keys[last + 1]
        if nxt in _ADMIN_KEYS and _ADMIN_KEYS[nxt] in ("kabupaten", "kota", "provinsi"):
            return True
        return any(self.data.regions[c].level != "kecamatan" for c in self.data.by_key.get(nxt, ()))

    @staticmethod
    def _inside_a_name(w: GluedWords, i: int, last: int) -> bool:
        """``Arsyadany Ghana Akmalaputri``: a place name between two capitalised words
        the dictionary does not know (one space each side) is a word of a person's
        name; ``Presiden Ghana``, ``Kabupaten Bogor Jawa Barat`` have a known word."""
        if i == 0 or last + 1 >= w.n or w.gap(i - 1) != " " or w.gap(last) != " ":
            return False
        words = common_words()
        for j in (i - 1, last + 1):
            word = w.words[j]
            if not (word[0].isupper() and word[1:].islower()) or w.keys[j] in words or w.keys[j] in _ADMIN_KEYS:
                return False
            if word in _KNOWN_NEIGHBOURS:
                return False  # ``Presiden Ghana``, ``Timnas Ghana``
            if gazetteer.data().by_key.get(w.keys[j]):
                return False  # a region next to a region: ``Bogor Jawa``
        return True

    @staticmethod
    def _looks_like_first_name(w: GluedWords, i: int, last: int) -> bool:
        """A name followed by an unknown capitalised word and preceded by none
        (``Bima Arya``, ``Bali United``): more likely part of another name."""
        if last + 1 >= w.n or not w.joined(last) or w.gap(last) != " ":
            return False
        nxt = w.words[last + 1]
        if not nxt[0].isupper() or nxt in _STOP or w.keys[last + 1] in _ADMIN_KEYS:
            return False
        if i > 0 and w.capitalised(i - 1) and w.gap(i - 1) == " ":
            return False
        return True

    # ------------------------------------------------------ aliases, records
    def _attach_aliases(self, text: str, matches: list[PlaceMatch]) -> None:
        for m in matches:
            found = _ALIAS.match(text, m.end)
            if found is None:
                continue
            inner = found.group(1).strip()
            k = gazetteer.key(inner)
            if not k or " " in inner.strip():
                continue
            same = bool(m.codes) and m.codes[0] in self.data.by_key.get(k, ())
            if not same and not self._abbreviates(inner, m, text):
                continue
            m.aliases.append(inner)
            m.end = found.end()

    def _abbreviates(self, inner: str, m: PlaceMatch, text: str) -> bool:
        """Whether ``inner`` is a short form of the matched name: its letters in order,
        starting at the initial of one of the name's words (``Sulsel`` for Sulawesi
        Selatan, ``SUGBK`` for Stadion Utama Gelora Bung Karno, ``YIA`` for Bandara
        Internasional Yogyakarta; not ``ANTARA`` after Bandarlampung)."""
        if m.codes:
            full = region_of(m.codes[0]).bare_name
        else:
            full = m.name or text[m.start : m.end]
        short = gazetteer.key(inner)
        if not short or not inner[0].isupper() or len(short) > 10 or len(short) < 2:
            return False
        words = [gazetteer.key(x) for x in full.split()]
        target = "".join(words)
        if short == target:
            return False
        starts = []
        pos = 0
        for word in words:
            if word[:1] == short[0]:
                starts.append(pos)
            pos += len(word)
        for start in starts:
            pos = start
            for ch in short:
                pos = target.find(ch, pos)
                if pos < 0:
                    break
                pos += 1
            else:
                return True
        return False

    def _to_candidates(self, text: str, matches: list[PlaceMatch]) -> list[Candidate]:
        chosen = disambiguate(matches)
        follow_named(text, matches, chosen)
        best: dict[tuple[int, int], tuple[float, Candidate]] = {}
        for m, (code, support) in zip(matches, chosen):
            if m.needs_support and support < SUPPORT_REGENCY:
                # a bare district or village needs its regency (or district) named in
                # the article, or a cue word and at least its province
                unique_district = len(m.codes) == 1 and m.codes[0].count(".") == 2
                if not (m.cue and (unique_district or support > 0)):
                    continue
            if m.code_needs_province and support < SUPPORT_PROVINCE:
                m.code_needs_support = True
            if m.code_needs_support and support < SUPPORT_REGENCY:
                code = None
            attrs = place_attrs(text, m, code)
            score = m.score
            if m.needs_support and support >= SUPPORT_REGENCY and attrs["region_code"]:
                score = max(score, SCORE_SUPPORTED)  # its regency is named: as sure as a name
            cand = Candidate(m.start, m.end, "PLACE", score, self.source, attrs)
            rank = m.score + (0.05 if attrs.get("region_code") else 0.0)
            span = (m.start, m.end)
            if span not in best or rank > best[span][0]:
                best[span] = (rank, cand)
        return sorted((c for _r, c in best.values()), key=lambda c: (c.start, c.end))

#: a stop of a flight route: a name and its three-letter airport code (``Kupang (KOE)``)
_ROUTE_STOP = regex.compile(r"(?<![\p{L}\p{N}])(?P<name>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?)[ ]\((?P<code>\p{Lu}{3})\)")
_ROUTE_DASH = regex.compile(r"[ \t]*[-–—>][ \t]*")


def _route_stops(text: str, matches: list[PlaceMatch]) -> list[PlaceMatch]:
    """The stops of flight routes, ``Maumere (MOF) - Kupang (KOE)``: each a PLACE with its
    airport code as an alias (ANNOTATION.md: a short form in parentheses right after a
    name belongs to it). A stop counts only in a route (a dash joins it to another stop)
    and when its code starts with the name's initial and is not the name's initials
    (``Badan Pusat Statistik (BPS)`` is a body's acronym). A stop the gazetteer already
    matched keeps its code and gains the alias (a bare district needs no more support to be a
    place, only to have its code); the others are new matches."""
    stops = [m for m in _ROUTE_STOP.finditer(text) if m.group("code")[0] == m.group("name")[0]
             and m.group("code") != "".join(x[0] for x in m.group("name").split())]
    in_route = set()
    for a, b in zip(stops, stops[1:]):
        if _ROUTE_DASH.fullmatch(text, a.end(), b.start()):
            in_route.update((a.start(), b.start()))
    at = {(m.start, m.end): m for m in matches}
    new = []
    for stop in stops:
        if stop.start() not in in_route:
            continue
        known = at.get(stop.span("name"))
        if known is not None:
            known.end = stop.end()
            known.aliases.append(stop.group("code"))
            known.score = max(known.score, SCORE_BARE)
            if known.needs_support:  # a place for sure; which district of that name, maybe not
                known.needs_support, known.code_needs_support = False, True
        else:
            new.append(PlaceMatch(stop.start(), stop.end(), SCORE_BARE, name=stop.group("name"), aliases=[stop.group("code")]))
    return new


@Language.factory("beritaner_places")
def make_place_recognizer(nlp: Language, name: str) -> PlaceRecognizer:
    return PlaceRecognizer()
