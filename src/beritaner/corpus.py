"""What a corpus says: people, offices and their holders across many articles, over time.

    >>> results = beritaner.extract_many(texts, reference_dates=dates, ids=ids)
    >>> corpus = beritaner.Corpus.from_extractions(results)
    >>> corpus.people()                      # one row per person
    >>> corpus.holders()                     # one row per (office, holder)
    >>> corpus.holder_of("Gub. Banten", on="2026-02-19")

A :class:`Corpus` keeps, per article (by ``id``), the plain facts its ``Extraction``
gave: the article's date, its person groups (fullest name, the written variants,
honorifics) and its offices with a holder. The tables are computed from those facts
alone, after sorting, so a corpus built in any order or in pieces joined with ``|``
(``a | b``: the union of their articles) gives the same tables; building is a reduction
(:func:`beritaner.io.dask.corpus`).

**Offices** are keyed by the normalised title and the jurisdiction the office
recognizer gives (``Gubernur``, ``Banten``), the jurisdiction of a regional title read
as a Kemendagri region at the title's level (``Gubernur Provinsi Banten`` and ``Gubernur
Banten`` are region 36; ``Bupati Serang`` is the regency 36.04, ``Wali Kota Serang`` the
city 36.73), a body by its matching key (``Partai Golkar`` = ``Golkar``), and the country
dropped from a national post (``Presiden RI`` = ``Presiden``). A regional title with no
jurisdiction (a bare ``Gubernur`` the article did not tie to a region) is no evidence.

**People.** Within an article, the linker's person groups decide (``Andra`` belongs to
``H. Andra Soni`` there). Across articles a person is a bare name (honorifics off:
``H. Andra Soni`` = ``Andra Soni``, case and punctuation ignored); a name of two or more
words joins the one longer name that contains all its words, when exactly one does
(``Tito Karnavian`` → ``Muhammad Tito Karnavian``); a one-word name joins nothing
across articles. Articles of one name that show different offices (no office in common)
within :data:`PERIOD_DAYS` of each other are two people (acting posts do not count:
a Sekda is the Plh. Gubernur beside his own post); officeless articles of that
name go with the one seen in most articles.

**holder_of(office, on=date)**: among the holders of the post (``mantan``/``calon``
mentions are no evidence that someone holds it), the ones whose first–last evidence
spans the date win, by the number of their articles within :data:`WINDOW_DAYS` of it;
else, of the holders seen before the date (up to :data:`STALE_DAYS` before), the one
with most articles within :data:`WINDOW_DAYS` of it (then the latest), else the
first seen after it (up to :data:`AHEAD_DAYS`); else None.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

import regex

from . import gazetteer
from .lang.id import corpus as _lang
from .lang.id.offices import NATIONAL_TITLES, REGION_TITLES
from .names import bare_name
from .records import Extraction, Office

__all__ = ["Corpus", "HolderAnswer", "office_key", "PERIOD_DAYS", "WINDOW_DAYS"]

#: Two articles of one name with no office in common this close are two people.
PERIOD_DAYS = 365
#: holder_of: articles this close to the date count for a holder whose span covers it.
WINDOW_DAYS = 180
#: holder_of: how long before the date the last evidence may be.
STALE_DAYS = 365
#: holder_of: how long after the date the first evidence may be.
AHEAD_DAYS = 180

FORMAT_VERSION = 1

# normalised title -> region levels of its jurisdiction
_REGION_LEVELS: dict[str, tuple[str, ...]] = {}
for _title, _levels in REGION_TITLES.values():
    _REGION_LEVELS[_title] = tuple(dict.fromkeys(_REGION_LEVELS.get(_title, ()) + tuple(_levels)))
_NATIONAL_BARE = frozenset(t for t, org in NATIONAL_TITLES.values() if org is None)
_ABBREVIATION = regex.compile(
    r"(?<!\w)(" + "|".join(regex.escape(k) for k in sorted(_lang.QUERY_TITLE_ABBREVIATIONS, key=len, reverse=True))
    + r")(?=\s|$)"
)


# --------------------------------------------------------------------------- offices
@lru_cache(maxsize=65536)
def office_key(title: str, jurisdiction: str | None) -> tuple[str, str, str | None, str | None] | None:
    """``(title, jurisdiction key, region code, jurisdiction as shown)`` of a post, or
    None when the mention names no particular post (a regional title without region)."""
    title = " ".join(title.split())
    levels = _REGION_LEVELS.get(title)
    if jurisdiction:
        jkey = gazetteer.key(jurisdiction)
        if jkey in _lang.NATIONAL_JURISDICTIONS and title in _NATIONAL_BARE:
            return title, "", None, None
        if levels:
            for level in levels:
                regions = gazetteer.lookup(jurisdiction, level=level)
                if regions:
                    region = regions[0]
                    return title, "region:" + region.code, region.code, region.bare_name
        lowered = jurisdiction.lower()
        for prefix in _lang.OPTIONAL_BODY_PREFIXES:
            if lowered.startswith(prefix) and len(lowered) > len(prefix):
                jkey = gazetteer.key(jurisdiction[len(prefix):])
                break
        return title, "body:" + jkey, None, jurisdiction
    if levels:
        return None
    return title, "", None, None


def _office_name(title: str, shown: str | None) -> str:
    """``Menteri Sosial`` (not ``… Kementerian Sosial``), ``Kepala Dinas Pekerjaan Umum``."""
    if not shown:
        return title
    t, s = title.split(), shown.split()
    if s[-len(s) + 1:] and t[-(len(s) - 1):] == s[1:] or t[-len(s):] == s:
        return title  # the body's name repeats the title's own words
    for n in range(min(len(t), len(s)), 0, -1):
        if t[-n:] == s[:n]:
            return " ".join(t + s[n:])
    return f"{title} {shown}"


@lru_cache(maxsize=1)
def _query_pipeline():
    from .api import load

    return load(None)  # the knowledge components read an office's text alone


def _read_office(office: str | Office) -> tuple[tuple, bool] | None:
    if isinstance(office, Office):
        key = office_key(office.title, office.jurisdiction)
        return (key, office.acting) if key else None
    if not isinstance(office, str):
        raise TypeError(f"office must be a str or an Office record, not {type(office).__name__}")
    text = _ABBREVIATION.sub(lambda m: _lang.QUERY_TITLE_ABBREVIATIONS[m.group(1)], " ".join(office.split()))
    if not text:
        return None
    from .api import extract

    offices = extract(text, nlp=_query_pipeline()).of("OFFICE")
    if not offices:
        return None
    best = max(offices, key=lambda e: (e.end - e.start, -e.start))
    key = office_key(best.title, best.jurisdiction)
    return (key, best.acting) if key else None


# --------------------------------------------------------------------------- people
_PARENTHESIS = regex.compile(r"\s*\([^()]*\)\s*")


def _bare(name: str) -> str:
    """The name without honorifics, degrees and a parenthesised alias (``Joko Widodo
    (Jokowi)`` -> ``Joko Widodo``: the alias joins through the article's own grouping)."""
    name = _PARENTHESIS.sub(" ", name).strip() or name
    return " ".join(bare_name(name).split())


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in regex.findall(r"[\p{L}\p{N}]+", _bare(name)))


def _date(value: Any) -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value).strip()[:10])


def article_facts(result: Extraction) -> dict[str, Any]:
    """The plain facts a corpus keeps of one article (JSON values only)."""
    if result.id is None:
        raise ValueError("an Extraction needs an id to join a Corpus (extract(..., id=...))")
    persons_by_span = {(e.start, e.end): e for e in result.of("PERSON")}
    persons = []
    for group in result.persons:
        mentions = [persons_by_span[m] for m in group.mentions if m in persons_by_span]
        persons.append({
            "name": group.name,
            "variants": sorted({m.text for m in mentions} | {group.name}),
            "honorifics": sorted({h for m in mentions for h in m.honorifics}),
        })
    holdings = []
    for office in result.of("OFFICE"):
        if not office.holder or office.candidate or getattr(office, "holder_source", None) == "corpus":
            continue
        key = office_key(office.title, office.jurisdiction)
        if key is None:
            continue
        holdings.append({
            "title": key[0], "jkey": key[1], "region_code": key[2], "jurisdiction": key[3],
            "text": office.text, "holder": office.holder,
            "acting": office.acting, "former": office.former,
        })
    names = {p["name"] for p in persons}
    for holding in holdings:  # a holder the linker did not group (should not happen)
        if holding["holder"] not in names:
            names.add(holding["holder"])
            persons.append({"name": holding["holder"], "variants": [holding["holder"]], "honorifics": []})
    persons.sort(key=lambda p: p["name"])
    holdings.sort(key=lambda h: json.dumps(h, sort_keys=True))
    return {"id": result.id, "date": result.reference_date, "persons": persons, "holdings": holdings}


@dataclass(frozen=True)
class HolderAnswer:
    """What :meth:`Corpus.holder_of` answers: who held the post on the date asked."""

    name: str
    person_id: str
    office: str
    acting: bool
    first_seen: _dt.date
    last_seen: _dt.date
    evidence: tuple[str, ...]


def _canonical(facts: Mapping[str, Any]) -> str:
    return json.dumps(facts, sort_keys=True, ensure_ascii=False)


class Corpus:
    """People, offices and holders across many articles (see the module docstring)."""

    def __init__(self, articles: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        self._articles: dict[str, dict[str, Any]] = {k: dict(v) for k, v in (articles or {}).items()}
        self._resolved: dict[str, Any] | None = None

    # -- building ------------------------------------------------------------------
    @classmethod
    def from_extractions(cls, results: Iterable[Extraction]) -> "Corpus":
        """A corpus of ``Extraction``s that carry ``id`` and ``reference_date``."""
        articles: dict[str, dict[str, Any]] = {}
        for result in results:
            facts = article_facts(result)
            mine = articles.get(facts["id"])
            if mine is None or _canonical(facts) > _canonical(mine):
                articles[facts["id"]] = facts
        return cls(articles)

    def __or__(self, other: "Corpus") -> "Corpus":
        """The union of two corpora's articles. An id in both keeps one version, the same
        whichever side it comes from (so ``|`` is associative and commutative)."""
        if not isinstance(other, Corpus):
            return NotImplemented
        merged = dict(self._articles)
        for doc_id, facts in other._articles.items():
            mine = merged.get(doc_id)
            if mine is None or _canonical(facts) > _canonical(mine):
                merged[doc_id] = facts
        return Corpus(merged)

    def __len__(self) -> int:
        return len(self._articles)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Corpus) and self._articles == other._articles

    def __repr__(self) -> str:
        return f"Corpus({len(self._articles)} articles)"

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(sorted(self._articles))

    def article_dates(self) -> dict[str, _dt.date | None]:
        """Each article's date (its ``reference_date``), by id."""
        return {k: _date(self._articles[k].get("date")) for k in self.ids}

    def without(self, ids: Iterable[str]) -> "Corpus":
        """The corpus without the articles ``ids`` (for leave-one-out checks)."""
        drop = set(ids)
        return Corpus({k: v for k, v in self._articles.items() if k not in drop})

    # -- saving --------------------------------------------------------------------
    def save(self, directory: str | Path) -> Path:
        """Write ``articles.jsonl`` (the facts, enough to load the corpus again) and the
        tables ``people.jsonl`` and ``holders.jsonl`` into ``directory``."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        with open(out / "articles.jsonl", "w", encoding="utf-8") as f:
            for doc_id in self.ids:
                f.write(json.dumps(self._articles[doc_id], ensure_ascii=False, sort_keys=True) + "\n")
        for name, frame in (("people", self.people()), ("holders", self.holders())):
            frame = frame.copy()
            for column in ("first_seen", "last_seen"):
                frame[column] = [d.isoformat() if d else None for d in frame[column]]
            frame.to_json(out / f"{name}.jsonl", orient="records", lines=True, force_ascii=False,
                          date_format="iso")
        (out / "corpus.json").write_text(json.dumps({"format": FORMAT_VERSION, "articles": len(self)}) + "\n")
        return out

    @classmethod
    def load(cls, directory: str | Path) -> "Corpus":
        """A corpus saved with :meth:`save`."""
        path = Path(directory) / "articles.jsonl"
        if not path.exists():
            raise FileNotFoundError(f"{directory} holds no saved corpus (no articles.jsonl)")
        articles = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    facts = json.loads(line)
                    articles[facts["id"]] = facts
        return cls(articles)

    # -- resolving people --------------------------------------------------------------
    def _resolve(self) -> dict[str, Any]:
        if self._resolved is None:
            self._resolved = _resolve(self._articles)
        return self._resolved

    def people(self):
        """One row per person: ``person_id``, ``name``, ``variants``, ``honorifics``,
        ``offices``, ``first_seen``, ``last_seen``, ``n_articles``, ``articles``."""
        import pandas as pd

        r = self._resolve()
        rows = []
        for pid, person in sorted(r["people"].items()):
            rows.append({
                "person_id": pid, "name": person["name"], "variants": sorted(person["variants"]),
                "honorifics": sorted(person["honorifics"]),
                "offices": sorted(person["offices"]),
                "first_seen": min(person["dates"]) if person["dates"] else None,
                "last_seen": max(person["dates"]) if person["dates"] else None,
                "n_articles": len(person["articles"]), "articles": sorted(person["articles"]),
            })
        columns = ["person_id", "name", "variants", "honorifics", "offices", "first_seen",
                   "last_seen", "n_articles", "articles"]
        return pd.DataFrame(rows, columns=columns)

    def holders(self):
        """One row per office and holder (acting and former mentions apart): ``office``,
        ``title``, ``jurisdiction``, ``region_code``, ``holder``, ``person_id``,
        ``acting``, ``former``, ``first_seen``, ``last_seen``, ``n_articles``,
        ``articles``."""
        import pandas as pd

        rows = []
        for (post, pid, acting, former), h in sorted(self._resolve()["holdings"].items(),
                                                     key=lambda kv: _sort_key(kv[0])):
            dates = sorted(h["dates"])
            rows.append({
                "office": h["office"], "title": post[0], "jurisdiction": h["jurisdiction"],
                "region_code": post[2], "holder": self._resolve()["people"][pid]["name"],
                "person_id": pid, "acting": acting, "former": former,
                "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
                "n_articles": len(h["articles"]), "articles": sorted(h["articles"]),
            })
        columns = ["office", "title", "jurisdiction", "region_code", "holder", "person_id", "acting",
                   "former", "first_seen", "last_seen", "n_articles", "articles"]
        return pd.DataFrame(rows, columns=columns)

    def holder_of(self, office: str | Office, on: _dt.date | str | None = None) -> HolderAnswer | None:
        """The holder of ``office`` (text as written in news, or an ``Office`` record)
        that the corpus's evidence supports on the date ``on`` (a ``date`` or ISO string;
        None: the latest holder); None when the corpus cannot say."""
        read = _read_office(office)
        if read is None:
            return None
        key, acting = read
        post = key[:3]
        day = _date(on)
        candidates = [
            (k, h) for k, h in self._resolve()["holdings"].items()
            if k[0] == post and not k[3] and h["dates"]
        ]
        if acting and any(k[2] for k, _ in candidates):
            candidates = [(k, h) for k, h in candidates if k[2]]
        if not candidates:
            return None
        if day is None:
            chosen = max(candidates, key=lambda kh: (max(kh[1]["dates"]), len(kh[1]["articles"]), kh[0][1]))
            return self._answer(*chosen)

        def near(h):
            return sum(1 for d in h["dates"] if abs((d - day).days) <= WINDOW_DAYS)

        covering = [(k, h) for k, h in candidates if min(h["dates"]) <= day <= max(h["dates"])]
        if covering:
            chosen = max(covering, key=lambda kh: (
                near(kh[1]), max(d for d in kh[1]["dates"] if d <= day), kh[0][1]))
            return self._answer(*chosen)
        before = [(k, h, max(d for d in h["dates"] if d <= day)) for k, h in candidates
                  if min(h["dates"]) <= day]
        before = [item for item in before if (day - item[2]).days <= STALE_DAYS]
        if before:
            k, h, _ = max(before, key=lambda item: (near(item[1]), item[2], item[0][1]))
            return self._answer(k, h)
        after = [(k, h, min(h["dates"])) for k, h in candidates if min(h["dates"]) > day]
        after = [item for item in after if (item[2] - day).days <= AHEAD_DAYS]
        if after:
            k, h, _ = min(after, key=lambda item: (item[2], -near(item[1]), item[0][1]))
            return self._answer(k, h)
        return None

    def _answer(self, key, holding) -> HolderAnswer:
        post, pid, acting, _ = key
        dates = sorted(holding["dates"])
        return HolderAnswer(
            name=self._resolve()["people"][pid]["name"], person_id=pid, office=holding["office"],
            acting=acting, first_seen=dates[0], last_seen=dates[-1],
            evidence=tuple(sorted(holding["articles"])),
        )


def _sort_key(key):
    (title, jkey, code), pid, acting, former = key
    return (title, jkey, code or "", acting, former, pid)


def _slug(name: str) -> str:
    return "-".join(regex.findall(r"[\p{L}\p{N}]+", name.lower())) or "person"


def _resolve(articles: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """People and holdings from the facts, independent of the order they came in."""
    # 1. one entry per (article, group): its name key, posts held, date
    entries = []  # (doc_id, date, group facts, words)
    posts_of: dict[tuple[str, str], set] = {}
    for doc_id in sorted(articles):
        facts = articles[doc_id]
        for h in facts["holdings"]:
            if not h["former"] and not h["acting"]:  # an acting post sits beside one's own
                posts_of.setdefault((doc_id, h["holder"]), set()).add((h["title"], h["jkey"], h["region_code"]))
        for person in facts["persons"]:
            words = _name_words(person["name"])
            if words:
                entries.append((doc_id, _date(facts.get("date")), person, words))

    # 2. name keys: a multi-word name joins the one longer name containing its words
    keys = sorted({e[3] for e in entries}, key=lambda w: (-len(w), w))
    target: dict[tuple[str, ...], tuple[str, ...]] = {}
    for words in keys:
        if len(words) < 2:
            target[words] = words
            continue
        supersets = [k for k in keys if len(k) > len(words) and set(words) <= set(k)
                     and not _compound(k, words, keys)]
        maximal = {target[k] for k in supersets}
        target[words] = next(iter(maximal)) if len(maximal) == 1 else words

    by_name: dict[tuple[str, ...], list] = {}
    for entry in entries:
        by_name.setdefault(target[entry[3]], []).append(entry)

    # 3. namesakes: different offices in the same period are different people
    people: dict[str, dict[str, Any]] = {}
    person_of: dict[tuple[str, str], str] = {}  # (doc_id, group name) -> person id
    for name_key in sorted(by_name):
        group = by_name[name_key]
        parts = _split_namesakes(group, posts_of)
        ordered = sorted(parts, key=lambda p: (min((e[1] for e in p if e[1]), default=_dt.date.max),
                                               min(e[0] for e in p)))
        for number, part in enumerate(ordered):
            variants, honorifics, names = set(), set(), {}
            for doc_id, _, person, _ in part:
                variants.update(person["variants"])
                honorifics.update(person["honorifics"])
                bare = _bare(person["name"])
                names[bare] = names.get(bare, 0) + 1
            name = max(names, key=lambda n: (names[n], len(n), n))
            pid = _slug(name)
            suffix = 1
            while pid in people:
                suffix += 1
                pid = f"{_slug(name)}-{suffix}"
            for doc_id, _, person, _ in part:
                person_of[(doc_id, person["name"])] = pid
            people[pid] = {"name": name, "variants": variants, "honorifics": honorifics,
                           "offices": set(), "dates": sorted({e[1] for e in part if e[1]}),
                           "articles": {e[0] for e in part}}

    # 4. holdings by (post, person, acting, former)
    holdings: dict[tuple, dict[str, Any]] = {}
    for doc_id in sorted(articles):
        facts = articles[doc_id]
        day = _date(facts.get("date"))
        for h in facts["holdings"]:
            pid = person_of.get((doc_id, h["holder"]))
            if pid is None:
                continue
            post = (h["title"], h["jkey"], h["region_code"])
            key = (post, pid, bool(h["acting"]), bool(h["former"]))
            entry = holdings.setdefault(key, {"dates": [], "articles": set(), "shown": {}})
            if day and doc_id not in entry["articles"]:
                entry["dates"].append(day)  # one date per article: counts weigh evidence
            entry["articles"].add(doc_id)
            shown = h["jurisdiction"] or ""
            entry["shown"][shown] = entry["shown"].get(shown, 0) + 1
    for key, entry in holdings.items():
        post, pid, acting, former = key
        if post[2]:
            region = gazetteer.region(post[2])
            shown = region.bare_name if region else None
        else:
            shown = max(entry["shown"], key=lambda s: (entry["shown"][s], s)) or None
        entry["jurisdiction"] = shown
        entry["office"] = _office_name(post[0], shown)
        entry["dates"] = sorted(entry["dates"])
        people[pid]["offices"].add(("mantan " if former else "") + ("Plt./Pj. " if acting else "") + entry["office"])
    return {"people": people, "holdings": holdings}


def _compound(longer: tuple[str, ...], shorter: tuple[str, ...], keys: list) -> bool:
    """Whether ``longer`` is two names run together (``Prabowo Subianto-Gibran
    Rakabuming Raka``): the words it adds to ``shorter`` hold another known name."""
    rest = set(longer) - set(shorter)
    return any(k != longer and k != shorter and set(k) <= rest for k in keys)


def _split_namesakes(group: list, posts_of: Mapping[tuple[str, str], set]) -> list[list]:
    """The entries of one name, cut into people (see the module docstring)."""
    parent = list(range(len(group)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple, int] = {}
    with_posts = []
    for i, (doc_id, _, person, _) in enumerate(group):
        posts = posts_of.get((doc_id, person["name"]), set())
        if posts:
            with_posts.append(i)
        for post in sorted(posts, key=lambda p: (p[0], p[1])):
            if post in owner:
                parent[find(i)] = find(owner[post])
            else:
                owner[post] = i
    if not with_posts:
        return [group]
    comps: dict[int, list[int]] = {}
    for i in with_posts:
        comps.setdefault(find(i), []).append(i)

    def span(members):
        dates = [group[i][1] for i in members if group[i][1]]
        return (min(dates), max(dates)) if dates else None

    # components far apart in time may be one person who moved on: join them greedily
    people: list[list[int]] = []
    for members in sorted(comps.values(), key=lambda m: (span(m) or (_dt.date.max,) * 2, min(group[i][0] for i in m))):
        mine = span(members)
        for person in people:
            theirs = span(person)
            if mine and theirs and (mine[0] - theirs[1]).days > PERIOD_DAYS:
                person.extend(members)
                break
        else:
            people.append(list(members))
    others = [i for i in range(len(group)) if i not in set(with_posts)]
    if others:
        main = max(people, key=lambda p: (len({group[i][0] for i in p}), -people.index(p)))
        main.extend(others)
    return [[group[i] for i in sorted(p)] for p in people]
