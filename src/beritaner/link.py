"""Links between entities: person fields, person groups, and who holds which office.

Runs after the resolver on the final entities (``doc._.beritaner_entities``) and only
adds attributes; it never adds, removes or moves a span.

1. **Person fields.** ``name`` (without honorifics and degrees), ``honorifics``, and
   ``rank`` when a rank is written just before the name (``AKBP Samian``).
2. **Person groups.** Mentions whose name words are all contained in a longer name
   (``Andra``, ``H. Andra Soni`` → ``Andra Soni``) are one person; the group's name is
   the fullest form in the article. A short name that fits two full names joins the
   one mentioned most recently before it.
3. **Holders**, in order:
   a. apposition: an OFFICE followed by a PERSON, with at most a rank, an honorific or
      a comma between (``Gubernur Banten Andra Soni``, ``Kapolres Sukabumi AKBP
      Samian``); a PERSON followed by ``, OFFICE``, ``(OFFICE)``, or a link word
      (``selaku``, ``sebagai``, ``yang juga`` … in :mod:`beritaner.lang.id.persons`);
   b. the same post elsewhere in the article: an OFFICE with no apposition takes the
      holder of another mention of the same title and jurisdiction (a headline title
      resolved from the body), or — for a bare title (``Gubernur``, ``kata bupati``) —
      of the nearest preceding linked office with that title.
   The holder is written as the fullest form of the name (``Bupati Harda`` → holder
   ``Harda Kiswaya``).
"""

from __future__ import annotations

from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .candidates import ENTITIES, PERSONS, text_of
from .names import alias_of, split_name
from .text import RANK, alternation
from .lang.id.persons import (
    APPOSITION_BRIDGES,
    CLAUSE_HOLDER_CUES,
    OFFICE_DEMONSTRATIVES,
    HOLDER_GAP_WORDS,
    HOLDER_LINKS,
    KNOWN_NICKNAMES,
    LINK_ADVERBS,
    NICKNAME_LEADS,
    OFFICE_CONJUNCTIONS,
    PERSON_NOUNS,
    TERM_WORDS,
)

_RANK_ALT = RANK
_RANK_BEFORE = regex.compile(rf"(?:^|[\s(,])(?P<rank>{_RANK_ALT})\s*$")

#: What may stand between an office and its holder's name: spaces, commas, gap words
#: (``sebelumnya``, ``berinisial``), a rank.
#: a short form in parentheses after an office: ``calon presiden (bacapres)``
_SHORT_FORM = r"(?:\([^()\n]{1,15}\)[ \t]*)?"
_OFFICE_THEN_PERSON = regex.compile(
    rf"^\)?[ \t]*{_SHORT_FORM},?[ \t]*(?:(?:{alternation(HOLDER_GAP_WORDS)})[ \t]*,?[ \t]*)*(?:(?:{_RANK_ALT})[ \t]+)?$"
)
#: Before a place or body standing between an office and its holder's name (a unit's
#: code may stand there too: ``General Manager PLN UIW Bangka Belitung Teguh``).
_BRIDGE = regex.compile(  # (an ORG in parentheses is the office's short form: ``(Wantimpres)``)
    rf"^[ \t]*(?:\(|{_SHORT_FORM}),?[ \t]*(?:(?:{alternation(APPOSITION_BRIDGES)})[ \t]+)?(?:\p{{Lu}}[\p{{Lu}}\p{{N}}]{{1,5}}[ \t]+)?$"
)
_PERSON_THEN_OFFICE = regex.compile(  # (a dash in a list of appointments: ``Sudaryono - Komisaris Utama …``)
    rf"^(?:\s*,\s*|\s*\(\s*|[ \t]+[-–—][ \t]+|\s*,?\s+(?:(?:{alternation(LINK_ADVERBS)})\s+)?(?:{alternation(HOLDER_LINKS)})\s+)"
    r"(?:(?:mantan|eks)\s+)?$"
)
#: Before the term of an office: "Bupati Kampar periode 2016–2021, Azwar Halim".
_TERM = regex.compile(rf"^\s+(?:{alternation(TERM_WORDS)})\s+$", regex.IGNORECASE)
_OFFICE_AND_OFFICE = regex.compile(rf"^\s*,?\s+(?:{alternation(OFFICE_CONJUNCTIONS)})\s+$")

MAX_GAP = 40
#: Between two posts of one holder named before them: ``(2019-2024) dan``, ``serta``.
_NEXT_OFFICE = regex.compile(rf"^\)?[ \t]*,?[ \t]+(?:dan|serta|{alternation(OFFICE_CONJUNCTIONS)})[ \t]+$")
#: between the two names of a ticket: ``Prabowo Subianto - Gibran``, ``Anies-Muhaimin``
_TICKET_GAP = regex.compile(r"[ \t]*[-–][ \t]*")
#: between a head post and its deputy: ``presiden dan calon wakil presiden``
_HEAD_AND_DEPUTY = regex.compile(r"[ \t]+dan[ \t]+(?:(?:bakal[ \t]+)?calon[ \t]+)?", regex.IGNORECASE)
#: a person followed by ``sebagai`` / ``selaku`` … holds the post named after them
_LINK_AFTER = regex.compile(rf"[ \t]+(?:{alternation(HOLDER_LINKS)})[ \t]+")


#: a cue right before an office (``… sebagai``, ``… menjabat``), with ``mantan`` or ``eks``
_CLAUSE_CUE = regex.compile(rf"(?<![\w-])(?:{alternation(CLAUSE_HOLDER_CUES)})[ \t]+(?:(?:mantan|eks)[ \t]+)?$")
#: what ends a clause between a person and a cue: a sentence end, a comma, a quote mark,
#: a line break
_CLAUSE_END = regex.compile(r"[.!?;,\n\"“”]")
#: ``itu``/``ini`` right after the office, or closing a short relative clause about it
#: (``Mantan gubernur Jawa Tengah yang menjabat dua periode ini``)
_DEMONSTRATIVE = regex.compile(
    rf"(?:[ \t]+yang(?:[ \t]+[\p{{Ll}}\p{{N}}-]+){{1,5}}?)?[ \t]+(?:{alternation(OFFICE_DEMONSTRATIVES)})(?![\w-])"
)
#: a sentence end: a full stop, ! or ? (and a closing quote) before a space, or a line break
_SENTENCE_END = regex.compile(r"[.!?][\"”’]?[ \t]+|\n+")
#: how far back a demonstrative office looks for the person it points to
BACK_REFERENCE_CHARS = 800
BACK_REFERENCE_SENTENCES = 3


def person_fields(text: str, start: int, end: int) -> dict[str, Any]:
    """``name``, ``honorifics`` and ``rank`` for the PERSON span ``text[start:end]``."""
    name, honorifics = split_name(text[start:end])
    fields: dict[str, Any] = {"name": name, "honorifics": honorifics}
    rank = _RANK_BEFORE.search(text[max(0, start - 30) : start])
    if rank:
        fields["rank"] = rank.group("rank")
    return fields


def _words(name: str) -> list[str]:
    """The words of a name, lowercased, with one apostrophe (``Ma’ruf`` = ``Ma'ruf``)."""
    return [w.lower() for w in regex.findall(r"[\w']+", name.translate(_APOSTROPHES))]


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def group_persons(persons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cluster PERSON entities (dicts with ``attrs.name``) into groups by name words.

    A mention whose name is another's alias in parentheses (``Joko Widodo (Jokowi)`` …
    ``Jokowi``) joins that person. A group is named by its fullest mention: most words,
    then the longest writing (``Tina T. Kemala Intan`` over ``Tina T Kemala Intan``),
    then the first."""
    order = sorted(persons, key=lambda p: (-len(_words(p["attrs"]["name"])), p["start"]))
    groups: list[dict[str, Any]] = []
    aliases: dict[str, dict[str, Any]] = {}
    for person in order:
        words = _words(person["attrs"]["name"])
        fits = [g for g in groups if words and set(words) <= set(g["words"])]
        if not fits and " ".join(words) in aliases:
            fits = [aliases[" ".join(words)]]
        if not fits:
            group = {"name": person["attrs"]["name"], "words": words, "members": [person]}
            groups.append(group)
        else:
            if len(fits) > 1:  # the full name mentioned most recently before this one
                def last_before(g):
                    before = [m["start"] for m in g["members"] if m["start"] < person["start"]]
                    return max(before) if before else -1

                fits.sort(key=last_before, reverse=True)
            group = fits[0]
            group["members"].append(person)
            if len(words) == len(group["words"]) and len(person["attrs"]["name"]) > len(group["name"]):
                group["name"] = person["attrs"]["name"]
        alias = alias_of(person["text"])
        if alias:
            aliases.setdefault(" ".join(_words(alias)), group)
    return groups


#: ``Basuki Tjahaja Purnama alias Ahok``: two names of one person
_ALIAS_WORD = regex.compile(r"[ \t]+(?:alias|alias[ \t]+dikenal|yang[ \t]+akrab[ \t]+disapa)[ \t]+")
#: ``Saifullah Yusuf atau Gus Ipul``, ``Joko Widodo atau Jokowi``: ``atau`` joins two names
#: of one person only when the second is a nickname (:func:`_is_nickname_of`); ``Prabowo
#: atau Ganjar`` is a choice between two people.
_OR_WORD = regex.compile(r"[ \t]+atau[ \t]+")


def _is_nickname_of(nick: str, full: str) -> bool:
    """``Gus Ipul`` (a nickname lead word), or ``Jokowi`` for ``Joko Widodo`` (one word
    that begins as the full name does)."""
    nick_words, full_words = nick.split(), full.split()
    if len(full_words) < 2 or nick == full:
        return False
    if nick_words[0] in NICKNAME_LEADS and len(nick_words) >= 2:
        return True
    return len(nick_words) == 1 and len(nick) >= 4 and nick[:2].lower() == full_words[0][:2].lower() and nick not in full_words


def _one_name_goes_on(text: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """``Zannuba Ariffah Chafsoh atau Yenny Wahid``, then only ``Yenny``: two names of one
    person, the article going on with one of them. A choice (``memilih Prabowo Subianto
    atau Ganjar Pranowo``) names both again, or neither."""
    def used_elsewhere(p: dict[str, Any]) -> bool:
        for word in regex.findall(r"\p{Lu}[\p{Ll}'’]{2,}", p["text"]):
            for m in regex.finditer(rf"(?<![\w-]){regex.escape(word)}(?![\w-])", text):
                if not (a["start"] <= m.start() < b["end"]):
                    return True
        return False

    return used_elsewhere(a) != used_elsewhere(b)


def _join_aliases(text: str, persons: list[dict[str, Any]], groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merge the groups of two persons written ``X alias Y`` (or ``X atau Y`` where Y is X's
    nickname or the article goes on with only one of them); the fuller one names them."""
    group_of = {id(m): g for g in groups for m in g["members"]}
    ordered = sorted(persons, key=lambda p: p["start"])
    for a, b in zip(ordered, ordered[1:]):
        if not _ALIAS_WORD.fullmatch(text, a["end"], b["start"]) and not (
            _OR_WORD.fullmatch(text, a["end"], b["start"])
            and (_is_nickname_of(b["text"], a["text"]) or _one_name_goes_on(text, a, b))
        ):
            continue
        groups = _merge(group_of, groups, a, b)
    # ``Presiden Joko Widodo`` … ``Presiden Jokowi``: a public figure's known nickname
    by_name = {" ".join(_words(p["attrs"]["name"])): p for p in ordered}
    for nick, full in _KNOWN_NICKNAMES:
        if nick in by_name and full in by_name and " ".join(group_of[id(by_name[nick])]["words"]) == nick:
            groups = _merge(group_of, groups, by_name[full], by_name[nick])  # (not into a longer name)
    # ``Pung Nugroho Saksono mengatakan … pria yang karib disapa Ipunk menerangkan``: the
    # nickname is the last person named in full before it
    for n, b in enumerate(ordered):
        intro = _NICKNAME_INTRO.search(text, max(0, b["start"] - 40), b["start"])
        if intro is None:
            continue
        full = next((a for a in reversed(ordered[:n]) if len(a["text"].split()) >= 2), None)
        if full is not None and b["start"] - full["end"] <= MAX_NICKNAME_REACH:
            groups = _merge(group_of, groups, full, b)
    return groups


#: KNOWN_NICKNAMES as name words (``cak imin``, ``muhaimin iskandar``)
_KNOWN_NICKNAMES = tuple((" ".join(_words(n)), " ".join(_words(f))) for n, f in KNOWN_NICKNAMES.items())

#: ``pria yang karib disapa``, ``sosok yang biasa dipanggil``, right before a name: a
#: person noun, not a post (``sekdaprov yang akrab disapa Adhy`` is the post's holder)
_NICKNAME_INTRO = regex.compile(
    rf"(?<![\w-])(?:{alternation(PERSON_NOUNS)})[ \t]+yang[ \t]+(?:akrab|karib|biasa|kerap)[ \t]+"
    r"(?:disapa|dipanggil)[ \t]+$",
    regex.IGNORECASE,
)
#: how far after the full name (characters) its nickname may be introduced
MAX_NICKNAME_REACH = 400


def _merge(group_of: dict, groups: list[dict[str, Any]], a: dict[str, Any], b: dict[str, Any]) -> list[dict[str, Any]]:
    """The groups with those of persons ``a`` and ``b`` merged (the fuller one keeps)."""
    ga, gb = group_of[id(a)], group_of[id(b)]
    if ga is gb:
        return groups
    keep, other = (ga, gb) if len(ga["words"]) >= len(gb["words"]) else (gb, ga)
    keep["members"].extend(other["members"])
    for m in other["members"]:
        group_of[id(m)] = keep
    return [g for g in groups if g is not other]


def _post_key(office: dict[str, Any]) -> tuple[str, str | None]:
    """The post an OFFICE mention names: its title (with ``Plt``/``mantan`` marks, since
    the acting and the former holder are other people) and its jurisdiction."""
    attrs = office["attrs"]
    title = (attrs.get("title") or office["text"]).lower()
    if attrs.get("acting"):
        title = "acting " + title
    if attrs.get("former"):
        title = "former " + title
    jurisdiction = attrs.get("jurisdiction")
    if jurisdiction and jurisdiction.lower() in _COUNTRY_NAMES:
        return title, "indonesia"  # Presiden RI, Presiden Republik Indonesia: one post
    return title, (jurisdiction.lower() if jurisdiction else None)


#: the ways news writes Indonesia as a jurisdiction
_COUNTRY_NAMES = frozenset({"ri", "indonesia", "republik indonesia", "negara kesatuan republik indonesia"})


def _person_after(text: str, entities: list[dict[str, Any]], i: int) -> int | None:
    """Index of the PERSON in apposition after the OFFICE ``entities[i]``, if any.

    Places and bodies may stand in between when joined by commas or bridge words:
    ``mantan Kepala Desa Sukaraja, Kecamatan Jerowaru, Lombok Timur, Lalu Muhammad``.
    """
    position = entities[i]["end"]
    for j in range(i + 1, len(entities)):
        ent = entities[j]
        gap = text[position : ent["start"]]
        if len(gap) > MAX_GAP:
            return None
        if ent["label"] == "PERSON":
            link = _LINK_AFTER.match(text, ent["end"])
            following = entities[j + 1] if j + 1 < len(entities) else None
            if link and following and following["label"] == "OFFICE" and following["start"] == link.end() and "," in gap:
                return None  # "O1, N2 sebagai O2": N2 is named for the next post
            return j if _OFFICE_THEN_PERSON.match(gap) else None
        if ent["label"] == "DATE" and (
            _TERM.match(gap) or (gap.strip() in ("", "(") and "/" in str((ent.get("attrs") or {}).get("value") or ""))
        ):
            pass  # "mantan Bupati Kampar periode 2016–2021, Azwar Halim", "Tenaga Ahli BNPB 2019-2023 Egy"
        elif ent["label"] not in ("PLACE", "ORG") or not _BRIDGE.match(gap):
            return None
        position = ent["end"]
    return None


def link_holders(text: str, entities: list[dict[str, Any]], fullest: dict[int, str]) -> None:
    """Set ``attrs.holder`` on OFFICE entities (in place). ``fullest`` maps the start of
    each PERSON entity to the fullest form of that person's name."""
    holders: dict[int, str] = {}
    named_before: list[int] = []  # offices whose holder is named before them
    named_after: dict[int, int] = {}  # office -> the PERSON in apposition after it
    for i, ent in enumerate(entities):
        if ent["label"] != "OFFICE":
            continue
        prev = entities[i - 1] if i > 0 else None
        after = _person_after(text, entities, i)
        if after is not None:
            holders[i] = fullest[entities[after]["start"]]
            named_after[i] = after
        elif (
            prev is not None
            and prev["label"] == "PERSON"
            and ent["start"] - prev["end"] <= MAX_GAP
            and _PERSON_THEN_OFFICE.match(text[prev["end"] : ent["start"]])
        ):
            holders[i] = fullest[prev["start"]]
            named_before.append(i)

    # "Haryanto selaku Direktur PPTKA (2019-2024) dan Dirjen Binapenta (2024-2025)": the
    # posts joined after the holder's name are all his
    for i in named_before:
        j = i + 1
        while j < len(entities) and entities[j]["label"] == "DATE" and text[entities[j - 1]["end"] : entities[j]["start"]].strip() == "(":
            j += 1  # the post's term in parentheses
        if (
            j < len(entities) and entities[j]["label"] == "OFFICE" and j not in holders
            and _NEXT_OFFICE.match(text[entities[j - 1]["end"] : entities[j]["start"]])
        ):
            holders[j] = holders[i]

    # "Wali Kota Batam sekaligus Kepala BP Batam, Yudha": both offices are Yudha's
    for i in sorted(holders, reverse=True):
        j = i - 1
        while j >= 0 and entities[j]["label"] == "OFFICE" and j not in holders and _OFFICE_AND_OFFICE.match(
            text[entities[j]["end"] : entities[j + 1]["start"]]
        ):
            holders[j] = holders[i]
            j -= 1

    # "calon presiden dan calon wakil presiden Prabowo Subianto - Gibran Rakabuming Raka":
    # a ticket names the head first and the deputy second
    for i, after in named_after.items():
        partner = after + 1
        if partner >= len(entities) or entities[partner]["label"] != "PERSON":
            continue
        if not _TICKET_GAP.fullmatch(text, entities[after]["end"], entities[partner]["start"]):
            continue
        if str(entities[i]["attrs"].get("title") or "").startswith("Wakil"):
            holders[i] = fullest[entities[partner]["start"]]
            j = i - 1
            if j >= 0 and entities[j]["label"] == "OFFICE" and _HEAD_AND_DEPUTY.fullmatch(
                text, entities[j]["end"], entities[i]["start"]
            ):
                holders[j] = fullest[entities[after]["start"]]

    # "Emil Dardak telah mengakhiri masa jabatannya sebagai Wakil Gubernur Jatim": the
    # nearest person before the cue in the same clause
    for i, ent in enumerate(entities):
        if ent["label"] == "OFFICE" and i not in holders:
            person = _clause_holder(text, entities, i)
            if person is not None:
                holders[i] = fullest[entities[person]["start"]]

    by_post: dict[tuple[str, str | None], list[tuple[int, str]]] = {}
    for i, holder in holders.items():
        by_post.setdefault(_post_key(entities[i]), []).append((entities[i]["start"], holder))

    for i, ent in enumerate(entities):
        if ent["label"] != "OFFICE":
            continue
        if i in holders:
            ent["attrs"]["holder"] = holders[i]
            continue
        if ent["attrs"].get("candidate"):
            continue
        title, jurisdiction = _post_key(ent)
        if jurisdiction is not None:
            same = by_post.get((title, jurisdiction), [])
            if len({h for _, h in same}) == 1:
                ent["attrs"]["holder"] = same[0][1]
            continue
        # a bare title: the nearest preceding linked office with that title, or with that
        # title as its head (``Menteri`` after ``Menteri Imigrasi dan Pemasyarakatan``)
        same_title = [
            (start, holder) for (t, _), items in by_post.items() if t == title or t.startswith(title + " ")
            for start, holder in items
        ]
        # ``Presiden`` beside ``Presiden Republik Indonesia Prabowo`` and ``Presiden Vladimir
        # Putin``: a bare title in Indonesian news means the Indonesian post when the
        # article names that one
        domestic = [
            (start, holder) for (t, j), items in by_post.items() if t == title and j == "indonesia"
            for start, holder in items
        ]
        same_title = domestic or same_title
        before = [item for item in same_title if item[0] < ent["start"]]
        if before:
            ent["attrs"]["holder"] = max(before)[1]
        elif len({h for _, h in same_title}) == 1:
            ent["attrs"]["holder"] = same_title[0][1]

    # "Mantan Bupati Trenggalek itu menyoroti …": the person the article was speaking of
    for i, ent in enumerate(entities):
        if ent["label"] == "OFFICE" and not ent["attrs"].get("holder") and not ent["attrs"].get("candidate"):
            if _DEMONSTRATIVE.match(text, ent["end"]):
                holder = _referent(text, entities, i, fullest)
                if holder is not None:
                    ent["attrs"]["holder"] = holder


def _clause_holder(text: str, entities: list[dict[str, Any]], i: int) -> int | None:
    """The PERSON an office after a clause cue belongs to: the nearest before the cue,
    with no clause end between (``Setelah bertemu Prabowo, ia dilantik sebagai …`` has
    none)."""
    office = entities[i]
    cue = _CLAUSE_CUE.search(text, max(0, office["start"] - 40), office["start"])
    if cue is None:
        return None
    for j in range(i - 1, -1, -1):
        ent = entities[j]
        if office["start"] - ent["end"] > 150 or _CLAUSE_END.search(text, ent["end"], cue.start()):
            return None
        if ent["label"] == "PERSON":
            return j
    return None


def _referent(text: str, entities: list[dict[str, Any]], i: int, fullest: dict[int, str]) -> str | None:
    """The person a demonstrative office (``Presiden kelima RI itu``) points back to: the
    nearest person before it in its own sentence, else the first person (or holder of
    an office) of the nearest earlier sentence that names one, at most
    :data:`BACK_REFERENCE_SENTENCES` sentences back."""
    office = entities[i]
    floor = max(0, office["start"] - BACK_REFERENCE_CHARS)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, office["start"])]
    bounds = [floor, *ends, office["start"]]  # sentence starts, then the office itself

    def named(ent: dict[str, Any]) -> str | None:
        if ent["label"] == "PERSON":
            return fullest.get(ent["start"])
        if ent["label"] == "OFFICE":
            return ent["attrs"].get("holder")
        return None

    earlier = [e for e in entities[:i] if e["start"] >= floor]
    own = [named(e) for e in earlier if e["start"] >= bounds[-2]]
    own = [n for n in own if n]
    if own:
        return own[-1]
    for k in range(len(bounds) - 2, max(0, len(bounds) - 2 - BACK_REFERENCE_SENTENCES), -1):
        names = [named(e) for e in earlier if bounds[k - 1] <= e["start"] < bounds[k]]
        names = [n for n in names if n]
        if names:
            return names[0]
    return None


def link(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fill person fields and holders in ``entities`` (in place); return person groups."""
    persons = [e for e in entities if e["label"] == "PERSON"]
    for person in persons:
        fields = person_fields(text, person["start"], person["end"])
        person["attrs"] = {**fields, **{k: v for k, v in person["attrs"].items() if k == "rank" and v}}
    groups = _join_aliases(text, persons, group_persons(persons))
    fullest = {m["start"]: g["name"] for g in groups for m in g["members"]}
    link_holders(text, entities, fullest)
    out = []
    for group in sorted(groups, key=lambda g: min(m["start"] for m in g["members"])):
        offices = [
            e["text"] for e in entities if e["label"] == "OFFICE" and e["attrs"].get("holder") == group["name"]
        ]
        out.append({
            "name": group["name"],
            "mentions": sorted((m["start"], m["end"]) for m in group["members"]),
            "offices": list(dict.fromkeys(offices)),
        })
    return out


class Linker:
    """spaCy component: person fields, person groups and office holders."""

    def __call__(self, doc: Doc) -> Doc:
        entities = doc._.get(ENTITIES) or []
        text = text_of(doc)
        for ent in entities:
            ent.setdefault("attrs", {})
            ent["text"] = text[ent["start"] : ent["end"]]
        doc._.set(PERSONS, link(text, entities))
        doc._.set(ENTITIES, entities)
        return doc


@Language.factory("beritaner_linker")
def make_linker(nlp: Language, name: str) -> Linker:
    return Linker()
