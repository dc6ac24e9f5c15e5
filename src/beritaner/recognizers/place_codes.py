"""Which region a place name is: the Kemendagri code the article supports.

The place grammar (:mod:`.places`) finds spans and every reading a name can have
(``Serang``: Kota Serang 36.73 or Kabupaten Serang 36.04). Here the other regions the
article names decide between the readings (:func:`disambiguate`), a bare name takes
the code of the same name written with its administrative word (:func:`follow_named`),
and a match becomes a record's fields (:func:`place_attrs`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

from .. import gazetteer
from ..lang.id import places as lang

#: How strongly another mention supports a reading (:class:`EvidenceIndex`): a mention
#: of the reading itself outweighs any container; a container counts by the length of
#: its code (2 a province, 5 a regency, 8 a district: the smaller the region that
#: contains the reading, the surer); a mention lying inside the reading counts a little.
#: Chosen by hand on the devset articles, where a province's name beside a regency
#: must not overrule the regency's own name.
SAME_REGION_SUPPORT = 20.0
INSIDE_SUPPORT = 4.0
#: Support at which a bare district or village counts as placed: its regency (or its
#: district) is named; at the province's support a code needs a cue word besides.
SUPPORT_REGENCY = 5.0
SUPPORT_PROVINCE = 2.0
#: Readings kept in ``alternatives`` (and counted as evidence) per name.
MAX_ALTERNATIVES = 10
#: An unambiguous mention is full evidence; each reading of an ambiguous one half.
UNIQUE_WEIGHT = 1.0
AMBIGUOUS_WEIGHT = 0.5

@dataclass
class PlaceMatch:
    start: int
    end: int
    score: float
    codes: tuple[str, ...] = ()
    level: str | None = None
    name: str | None = None
    explicit: bool = False  # an administrative word named the level
    aliases: list[str] = field(default_factory=list)
    #: a bare district or village: kept only where the article supports one reading
    #: (its regency or province is named) or, for a unique district, after a cue word
    needs_support: bool = False
    cue: bool = False
    #: the span stands on its own, but a code only where the article supports it
    code_needs_support: bool = False
    #: a bare name that is usually something else (``di Puncak``: the Bogor hills more
    #: often than Kabupaten Puncak): a code only when the article names its province
    code_needs_province: bool = False
    #: an area named after a region (``Garut Selatan``): never the region's code
    area: bool = False
    #: a facility in a Title Case headline: kept only if the article names this last
    #: word with an administrative word (``Jembatan Wonokerto`` ... ``Desa Wonokerto``)
    headline_key: str | None = None


@lru_cache(maxsize=1 << 16)
def containers(code: str) -> tuple[str, ...]:
    """The codes of the regions that contain ``code``, largest first (``36``, ``36.02``
    for ``36.02.19``)."""
    parts = code.split(".")
    return tuple(".".join(parts[:depth]) for depth in range(1, len(parts)))


class EvidenceIndex:
    """The article's region mentions, looked up by code: for a reading, the mentions
    that are it (``SAME_REGION_SUPPORT``), that contain it (the container's code length:
    2 for a province, 5 for a regency, 8 for a district) or that lie in it
    (``INSIDE_SUPPORT``). Positions are
    kept sorted per code and weight, so the nearest mention is found by bisection and
    a long article costs linear time, not quadratic."""

    __slots__ = ("same", "inside")

    def __init__(self, evidence: list[tuple[str, int, float, int]]) -> None:
        same: dict[str, dict[float, list[tuple[int, int]]]] = {}
        inside: dict[str, dict[float, list[tuple[int, int]]]] = {}
        for code, pos, weight, owner in evidence:
            same.setdefault(code, {}).setdefault(weight, []).append((pos, owner))
            for container in containers(code):
                inside.setdefault(container, {}).setdefault(weight, []).append((pos, owner))
        self.same = {k: self._freeze(v) for k, v in same.items()}
        self.inside = {k: self._freeze(v) for k, v in inside.items()}

    @staticmethod
    def _freeze(groups):
        out = []
        for weight, entries in groups.items():
            entries.sort()
            out.append((weight, [e[0] for e in entries], [e[1] for e in entries]))
        return out

    def related(self, code: str):
        """(value, weight, positions, owners) groups bearing on ``code``."""
        for group in self.same.get(code, ()):
            yield (SAME_REGION_SUPPORT, *group)
        for container in containers(code):
            for group in self.same.get(container, ()):
                yield (float(len(container)), *group)
        for group in self.inside.get(code, ()):
            yield (INSIDE_SUPPORT, *group)

    @staticmethod
    def nearest(positions: list[int], owners: list[int], at: int, exclude: int) -> int | None:
        """Distance from ``at`` to the nearest mention not made by match ``exclude``."""
        i = bisect.bisect_left(positions, at)
        best = None
        j = i
        while j < len(positions):
            if owners[j] != exclude:
                best = positions[j] - at
                break
            j += 1
        j = i - 1
        while j >= 0:
            if owners[j] != exclude:
                d = at - positions[j]
                if best is None or d < best:
                    best = d
                break
            j -= 1
        return best

def region_of(code: str) -> gazetteer.Region:
    r = gazetteer.data().get(code)
    assert r is not None, code
    return r

def name_key(text: str, m: PlaceMatch) -> str:
    written = text[m.start : m.end].split(" (")[0]
    return gazetteer.key(gazetteer.split_admin_word(written)[1])

def follow_named(text: str, matches: list[PlaceMatch], chosen: list) -> None:
    """A bare name the article also wrote with its administrative word means the
    same region (``Kelurahan Tambakrejo`` ... ``warga Tambakrejo``)."""
    named: dict[str, set[str]] = {}
    for m, (code, _support) in zip(matches, chosen):
        if m.explicit and code is not None:
            named.setdefault(name_key(text, m), set()).add(code)
    if not named:
        return
    for n, m in enumerate(matches):
        if m.explicit or not m.codes:
            continue
        codes = named.get(name_key(text, m))
        if codes is None or len(codes) != 1:
            continue
        code = next(iter(codes))
        m.codes = (code, *(c for c in m.codes if c != code))
        chosen[n] = (code, 100.0)

def disambiguate(matches: list[PlaceMatch]) -> list[tuple[str | None, float]]:
    """For each match: the code the article supports and how strongly.

    Evidence is every other region the article names: unique names count fully,
    each reading of an ambiguous name half. A reading gains from a named region
    it lies in (more the smaller that region), that it contains, or that it is;
    a nearer mention breaks ties. Two rounds, so that a name settled in the first
    round (``Kecamatan Pakisaji`` by ``Malang``) counts fully in the second.
    """
    evidence: list[tuple[str, int, float, int]] = []  # code, position, weight, owner
    for n, m in enumerate(matches):
        if m.needs_support or m.area:
            continue  # a bare district cannot vouch for itself, nor one repeat for another
        if len(m.codes) == 1:
            evidence.append((m.codes[0], m.start, UNIQUE_WEIGHT, n))
        elif m.codes:
            for c in m.codes[:MAX_ALTERNATIVES]:
                evidence.append((c, m.start, AMBIGUOUS_WEIGHT, n))
    result: list[tuple[str | None, float]] = [(None, 0.0)] * len(matches)
    # a unique name that needs no support has nothing to choose (its support is read
    # nowhere): most names of an article
    todo = []
    for n, m in enumerate(matches):
        if len(m.codes) == 1 and not (m.needs_support or m.code_needs_support or m.code_needs_province):
            result[n] = (m.codes[0], 0.0)
        elif m.codes:
            todo.append(n)
    if not todo:
        return result
    for _round in range(2):
        index = EvidenceIndex(evidence)
        settled = []
        for n in todo:
            m = matches[n]
            result[n] = choose(m, n, index)
            code, support = result[n]
            if len(m.codes) > 1 and code is not None and support > 0:
                settled.append((code, m.start, UNIQUE_WEIGHT, n))
        settled_owners = {e[3] for e in settled}
        evidence = [e for e in evidence if e[2] == UNIQUE_WEIGHT and e[3] not in settled_owners] + settled
    return result

def choose(m: PlaceMatch, n: int, index: "EvidenceIndex") -> tuple[str | None, float]:
    codes = m.codes
    scored = []
    for order, code in enumerate(codes):
        support = 0.0
        nearest = 10**9
        for value, weight, positions, owners in index.related(code):
            distance = index.nearest(positions, owners, m.start, n)
            if distance is None:
                continue  # only this match's own mention
            value *= weight
            if value > support or (value == support and distance < nearest):
                support, nearest = value, distance
        scored.append((-support, nearest, order, code))
    low_level = codes[0].count(".") >= 2
    if not low_level:
        # a city and a regency both named in the article: the usual order, not
        # the nearer mention, decides for the bare name
        scored = [(s, 0, order, code) for s, _near, order, code in scored]
    scored.sort()
    support = -scored[0][0]
    if len(codes) == 1:
        return codes[0], support
    if support == 0:
        return (None if low_level else codes[0]), 0.0
    if low_level and scored[1][:2] == scored[0][:2]:
        return None, support
    return scored[0][3], support

def place_attrs(text: str, m: PlaceMatch, chosen: str | None) -> dict:
    written = " ".join(text[m.start : m.end].split())
    if not m.codes:
        name = m.name or written.split(" (")[0]
        if m.explicit and not m.name:
            name = gazetteer.split_admin_word(name)[1]  # ``Dusun Krajan`` -> ``Krajan``
        return {
            "name": name,
            "region_code": None,
            "level": _written_level(written, m.level) if m.level in gazetteer.LEVELS or m.level == "negara" else None,
            "province": None,
            "alternatives": [],
            "aliases": list(m.aliases),
        }
    codes = list(m.codes)
    if m.area or (chosen is None and m.code_needs_support):
        # ``Kampung Pulo``: a named place; whether it is one of the villages called
        # Pulo the article does not say. ``Garut Selatan``, ``Desa Cibuntu Wetan``:
        # named after a region, not that region
        low = m.area and m.level in ("desa", "kecamatan")
        return {
            "name": gazetteer.split_admin_word(written.split(" (")[0])[1] if low else written.split(" (")[0],
            "region_code": None,
            "level": _written_level(written, m.level) if low else None,
            "province": None,
            "alternatives": [c for c in codes if low or not m.area or c.count(".") <= 1][:MAX_ALTERNATIVES],
            "aliases": list(m.aliases),
        }
    if chosen is None:
        regions = [region_of(c) for c in codes]
        provinces = {r.province for r in regions}
        return {
            "name": gazetteer.split_admin_word(written.split(" (")[0])[1],
            "region_code": None,
            "level": _written_level(written, regions[0].level),
            "province": provinces.pop() if len(provinces) == 1 else None,
            "alternatives": codes[:MAX_ALTERNATIVES],
            "aliases": list(m.aliases),
        }
    region = region_of(chosen)
    others = [c for c in codes if c != chosen]
    if region.level in ("provinsi", "kabupaten", "kota"):
        others = [c for c in others if c.count(".") <= 1]
    return {
        "name": region.name,
        "region_code": region.code,
        "level": region.level,
        "province": region.province,
        "alternatives": others[:MAX_ALTERNATIVES],
        "aliases": list(m.aliases),
    }

def _written_level(written: str, level: str | None) -> str | None:
    """The level of a place without a code, as its administrative word tells it: a
    ``Kelurahan`` is no desa (with a code, the code tells: :func:`gazetteer.village_level`)."""
    if level in ("desa", "kelurahan") and written.split(" ", 1)[0] in lang.KELURAHAN_WORDS:
        return "kelurahan"
    return level
