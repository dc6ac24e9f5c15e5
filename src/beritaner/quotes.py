"""Who said what: direct and indirect quotes and their speakers.

Runs on an article's resolved entities and person groups (after the pipeline), so a
speaker is always one of the article's entities:

* **direct** — words between quotation marks in one paragraph (a quote running over
  several paragraphs is one per paragraph; an opening mark with no closing mark runs to
  the paragraph's end; a closing mark with no opening, followed by a cue, closes words
  begun after the last sentence that reports speech). Straight and curly marks are read
  alike, each as opening or closing by where it stands (scrapers mix them). Scraped
  ``?``/backtick marks are tried only in a paragraph without real marks. A quoted run of fewer than ``MIN_UNCUED_WORDS`` words with no cue
  is a title, a name or a scare quote, not a quote.
* **indirect** — ``X mengatakan, …`` / ``X mengatakan bahwa …``, ``…, kata X.``,
  ``A, kata X, B.`` (the whole sentence),
  ``Menurut X, …`` (``Menurutnya, …``, ``Menurut dia, …``), ``Dijelaskan X, …``: the reported content to the sentence's end.
  Headlines hold no indirect quotes.
* **speaker** — the entity next to the cue; a pronoun (``kata dia``, ``ujarnya``) takes
  the last speaker before it in text order (settled once every quote is found, so an
  earlier quote of the same paragraph counts); an OFFICE takes its holder when the article names one; a PERSON is
  written in the fullest form of its person group; an ORG by its name without a closing
  alias, and a bare alias (``KPK``) by the name the article gave it
  (``Komisi Pemberantasan Korupsi (KPK)``).
"""

from __future__ import annotations

import bisect
from typing import Sequence

import regex

from .lang.id import quotes as lang
from .lang.id.offices import NOT_OFFICES, TITLE_WORDS
from .lang.id.persons import FORMS_OF_ADDRESS
from .lexicon import common_words
from .names import without_alias
from .records import Entity, PersonGroup, Quote
from .text import RANK, alternation, title_case_lines

_AFTER = alternation(lang.AFTER_CUES)
_BEFORE = alternation(lang.BEFORE_CUES)
_PASSIVE = alternation(lang.PASSIVE_CUES)
_PRONOUN = alternation(lang.PRONOUNS)
#: a cue right after a closing mark or after ", " ending reported speech
_CUE_AFTER = regex.compile(
    rf"[ \t]*[,.]?[ \t]*(?P<cue>(?:{_AFTER})(?:nya)?|{_BEFORE}|{_PASSIVE})(?![\w-])", regex.I
)
#: a cue right before an opening mark: ``X mengatakan, "…"``, ``kata X: "…"``, ``X: "…"``
_CUE_BEFORE = regex.compile(
    rf"(?P<cue>{_BEFORE}|(?:{_AFTER})(?:nya)?|:)(?:[ \t]*(?:,|:|bahwa))?[ \t]*$", regex.I
)
_BEFORE_IN_SENTENCE = regex.compile(rf"(?<![\w-])(?P<cue>{_BEFORE})(?![\w-])[ \t]*(?:,[ \t]*|bahwa[ \t]+)?")
_AFTER_AT_END = regex.compile(
    rf",[ \t]*(?P<cue>(?:{_AFTER})(?:nya)?)(?![\w-])(?P<rest>[^,]*)$", regex.I
)
#: ``A, kata X, B.``: a cue and its speaker between commas inside reported speech
_SAID_IN_MIDDLE = regex.compile(
    rf",[ \t]*(?P<cue>(?:{_AFTER})(?:nya)?)(?![\w-])(?P<who>[^,]{{0,60}}),", regex.I
)
_ACCORDING = regex.compile(rf"(?P<cue>{alternation(lang.ACCORDING_TO)})[ \t]+")
#: ``Menurutnya, …`` / ``Menurut dia, …`` / ``Menurut dosen Unhan itu, …``: the speech of
#: whoever spoke last
_ACCORDING_PRONOUN = regex.compile(
    rf"(?P<cue>(?:{alternation(lang.ACCORDING_TO)})(?:nya|[ \t]+(?:{_PRONOUN})"
    rf"|[ \t]+[^,.]{{1,60}}?[ \t](?:{alternation(lang.DEMONSTRATIVES)})))"
    r"[ \t]*,", regex.I
)
#: ``…, menurutnya …`` / ``…, menurut Ali, …`` inside a sentence: the whole sentence
_ACCORDING_INSIDE = regex.compile(
    rf"(?<=[\w,][ \t]{{1,3}})(?P<cue>(?:{alternation(lang.ACCORDING_TO)})nya)(?![\w-])|"
    rf",[ \t]*(?P<cue2>{alternation(lang.ACCORDING_TO)})[ \t]+(?P<who>[^,]{{1,60}}),"
)
_PASSIVE_START = regex.compile(rf"(?P<cue>{_PASSIVE})[ \t]+(?:oleh[ \t]+)?", regex.I)
_PRONOUN_AT = regex.compile(rf"[ \t]*(?:{_PRONOUN})(?![\w-])", regex.I)
_PRONOUN_BEFORE = regex.compile(
    rf"(?<![\w-])(?:{_PRONOUN})[ \t]*(?:(?:{alternation(lang.SPEAKER_GAP_WORDS)})[ \t]*)*$", regex.I
)
#: ``Politikus PDI-P ini menegaskan``, ``Mantan Bupati Trenggalek itu menyoroti``: a
#: description of someone named before, opening the sentence (or after its first comma)
_DESCRIBED_BEFORE = regex.compile(
    rf"(?:^|,[ \t]*)(?P<desc>\p{{Lu}}[^,.;:!?\"“”]{{1,60}}?)[ \t]+(?:{alternation(lang.DEMONSTRATIVES)})[ \t]*"
    rf"(?:(?:{alternation(lang.SPEAKER_GAP_WORDS)})[ \t]*)*$"
)
_RANK_AT = regex.compile(rf"[ \t]*(?:{RANK})[ \t]+")
_ROLE = alternation(sorted(set(NOT_OFFICES) | set(lang.SPEAKER_ROLES), key=len, reverse=True))
#: ``kata ketua majelis hakim …``: role words after a cue, one or more
_ROLE_AT = regex.compile(rf"[ \t]*(?P<role>(?:{_ROLE})(?:[ \t]+(?:{_ROLE}))*)(?![\w-])[ \t]*", regex.I)
_THAT_AFTER = regex.compile(r"[ \t]+itu(?![\w-])")
_ADDRESS_OR_TITLE_AT = regex.compile(
    rf"(?:[ \t]+(?:{alternation(sorted(set(FORMS_OF_ADDRESS) | set(TITLE_WORDS), key=len, reverse=True))})(?![\w-])){{1,2}}[ \t]+"
)
#: a sentence opened by a role and a cue: ``Hakim mengatakan …``, ``Majelis hakim menyatakan …``
_ROLE_OPENS = regex.compile(
    rf"[\"“]?[ \t]*(?P<role>(?:{_ROLE})(?:[ \t]+(?:{_ROLE}))*)[ \t]*(?:(?:{alternation(lang.SPEAKER_GAP_WORDS)})[ \t]*)*",
    regex.I,
)
_DESC_WORD = r"[\p{L}\p{N}.'’-]+"
_APPOSITION_GAP = regex.compile(rf"[ \t,()]*(?:(?:{RANK})[ \t]+)*[ \t,()]*")
#: after a cue, a description of the speaker closed by a demonstrative, starting with a
#: common noun: ``politikus NasDem itu``, ``mantan Panglima TNI ini``
_DESCRIBED_AT = regex.compile(
    rf"[ \t]+(?=\p{{Ll}})(?:{_DESC_WORD}[ \t]+){{1,10}}?(?:{alternation(lang.DEMONSTRATIVES)})(?![\w-])"
)
#: after a cue, a description then a comma and the name: ``salah satu sopir jip, Choirul``
_APPOSED_AT = regex.compile(rf"[ \t]+(?=\p{{Ll}})(?:{_DESC_WORD}[ \t]+){{0,5}}?{_DESC_WORD},[ \t]*")
#: after a cue, a title the office grammar did not read: ``ujar Deputi bidang …``
_TITLE_AT = regex.compile(rf"[ \t]+(?:{alternation(sorted(TITLE_WORDS, key=len, reverse=True))})(?![\w-])")
_CAPITAL_WORD_AT = regex.compile(r"[ \t]+(?P<word>\p{Lu}\p{Ll}+)(?=[ \t]+\p{Lu})")


def _common_capital_at(text: str, pos: int) -> bool:
    """``ungkap Petugas Pos Pengamatan Gunung Api, Yohanes …``: a capitalised everyday
    word opening a description of more capitalised words."""
    m = _CAPITAL_WORD_AT.match(text, pos)
    return m is not None and m.group("word").lower() in common_words()


#: how far after such a title the comma before the speaker's name may be
MAX_TITLE_REACH = 200
_TITLE_STOP = regex.compile(r"[.!?](?=\s)|[\n\"“”]")
_PARAGRAPH = regex.compile(r"[^\n]+")
#: the words of a long title before its holder's name: capitalised, or the few lowercase
#: words that join a title's parts
_TITLE_RUN = regex.compile(
    rf"[ \t]*(?:(?:[\p{{Lu}}\p{{N}}(][^\s,]*|{alternation(lang.TITLE_JOINING_WORDS)})[ \t]+)+"
)
#: a sentence: up to a ``.``, ``!`` or ``?`` before a space or the end (``pukul 12.00 WIB``
#: and ``Rp5.000`` stay inside one, and so do an initial and a title's abbreviation:
#: ``Lukman F. Laisa``, ``Dr. Andi``)
_SENTENCE = regex.compile(
    r"(?:[^.!?]|[.!?]+(?![.!?]|\s|$)|(?<=(?<![\p{L}\p{N}])(?:\p{Lu}|%s))\.(?=[ \t]))+(?:[.!?]+(?=\s|$)|$)|[.!?]+"
    % "|".join(lang.ABBREVIATIONS_BEFORE_NAMES)
)
_WORD = regex.compile(r"\w+")
#: a cue whose object only names the speech (:data:`ANNOUNCED_SPEECH`): no quote follows
_ANNOUNCED = regex.compile(
    rf"[ \t]*(?:{alternation(lang.ANNOUNCED_SPEECH)})(?![\w-])"
    rf"(?![ \t]+(?:{alternation(lang.CONTENT_OPENERS)})(?![\w-]))",
    regex.I,
)
#: a speech verb held back (``tidak membantah``, ``enggan menjelaskan``) or speech only
#: announced (``menyampaikan alasan``): no cue, yet the person has the floor
_NOT_SAYING = regex.compile(
    rf"[ \t]+(?:(?:{alternation(lang.SPEECH_NEGATIONS)})[ \t]+(?:{_BEFORE})(?![\w-])"
    rf"|(?P<announced>(?:(?:{alternation(lang.SPEAKER_GAP_WORDS)})[ \t]+)?(?:{_BEFORE}){_ANNOUNCED.pattern}))",
    regex.I,
)
#: what may stand before the subject that opens a sentence: nothing, or a connective
#: and its comma (``Namun, Yuliot …``)
_OPENS_SENTENCE = regex.compile(r"(?:^|(?<=[.!?\n])[ \t]*|(?<=[.!?\n])[ \t]*\p{Lu}\p{Ll}+(?:[ \t]\p{Ll}+)?,[ \t]*)$")
_MARK = regex.compile("[%s]" % regex.escape("".join(sorted({m for pair in lang.QUOTE_MARKS for m in pair}))))
#: what may follow a closing mark right away: ``”,`` ``".`` ``”)``
_AFTER_CLOSE = ",.;:!?)]"
#: a sentence that reports speech (a cue or ``menurut``) ends what a lost opening mark began
_REPORTS_SPEECH = regex.compile(
    rf"(?<![\w-])(?:{_BEFORE}|{_PASSIVE}|(?:{_AFTER})(?:nya)?|{alternation(lang.ACCORDING_TO)})(?![\w-])", regex.I
)
_SCRAPED_OPEN = regex.compile(r"(?:(?<=^)|(?<=[\s(]))[?`](?=[\w'])")
_SCRAPED_CLOSE = regex.compile(r"(?<=[\w.,!'])[?`](?=[\s,.)]|$)")
#: characters allowed between a speaker and a cue before the speech (``X juga mengatakan``)
_GAP = regex.compile(rf"^[ \t,]*(?:(?:{alternation(lang.SPEAKER_GAP_WORDS)})[ \t,]*)*$", regex.I)
SPEAKER_LABELS = ("PERSON", "OFFICE", "ORG")


class _State:
    """The article as the quote rules read it: entities by position, person groups by
    mention, and the last speaker (for pronoun cues and continued quotes)."""

    def __init__(self, text: str, entities: Sequence[Entity], persons: Sequence[PersonGroup]) -> None:
        self.text = text
        # resolved entities never overlap, so sorted by start they are sorted by end too
        self.entities = [e for e in sorted(entities, key=lambda e: e.start) if e.label in SPEAKER_LABELS]
        self.starts = [e.start for e in self.entities]
        self.ends = [e.end for e in self.entities]
        self.groups = {m: g for g in persons for m in g.mentions}
        # ``KPK`` after ``Komisi Pemberantasan Korupsi (KPK)``: the body's full name
        self.org_by_alias = {a: without_alias(e.text) for e in self.entities if e.label == "ORG" for a in e.aliases}
        # ``MKMK`` after ``Ketua Majelis Kehormatan Mahkamah Konstitusi (MKMK)``: the
        # short form of the body inside an office
        for e in self.entities:
            if e.label == "OFFICE" and e.jurisdiction:
                for a in e.aliases:
                    if a == "".join(w[0] for w in e.jurisdiction.split() if w[0].isupper()):
                        self.org_by_alias.setdefault(a, e.jurisdiction)
        self.by_name = {g.name: g for g in persons}
        self.last: Quote | None = None
        self._roles: list | None = None  # the role cues of the text, for in_role
        self.back: set[tuple[int, int]] = set()  # spans of quotes marked REFERS_BACK
        self.described: set[tuple[int, int]] = set()  # spans of quotes marked DESCRIBED
        #: what speech only announced is about (``menyoroti soal … Agus …``): like a
        #: quote's words, no one named there is the speaker a description points to
        self.announced: list[tuple[int, int]] = []

    def entity_at(self, pos: int, limit: int = 3) -> Entity | None:
        """The speaker-like entity starting at ``pos`` (a few blanks allowed)."""
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.entities):
            e = self.entities[i]
            if e.start <= pos + limit and not self.text[pos:e.start].strip():
                return e
        return None

    def entity_before(self, pos: int, floor: int) -> Entity | None:
        """The speaker-like entity ending nearest before ``pos``, with only a small gap."""
        i = bisect.bisect_right(self.ends, pos) - 1
        if i >= 0:
            e = self.entities[i]
            if e.start >= floor and _GAP.match(self.text[e.end:pos]):
                return e
        return None

    def speaker(self, e: Entity | None) -> dict:
        """The speaker fields of a quote whose cue names ``e``."""
        if e is None:
            return {}
        if e.label == "OFFICE":
            person = self.entity_at(e.end + (1 if self.text[e.end:e.end + 1] == "," else 0), limit=2)
            if (person is None or person.label != "PERSON") and not e.holder:
                person = self.apposed_person(e.end)  # Kapuspen) TNI, Mayjen TNI Kristomei
            if person is not None and person.label == "PERSON":
                e = person  # "kata Kapolres Lebak AKBP Yudha": the holder named right after
            elif e.holder:
                group = self.group_named(e.holder)
                return {"speaker": e.holder, "speaker_start": e.start, "speaker_end": e.end,
                        "speaker_label": "PERSON",
                        "speaker_offices": _fullest(group.offices) if group else (e.text,)}
            else:  # the post's text, without its short form (``… (MKP)``), as a body's name is
                return {"speaker": without_alias(e.text), "speaker_start": e.start, "speaker_end": e.end,
                        "speaker_label": "OFFICE"}
        if e.label == "ORG":
            name = self.org_by_alias.get(e.text, without_alias(e.text))
            return {"speaker": name, "speaker_start": e.start, "speaker_end": e.end, "speaker_label": "ORG"}
        group = self.group_of(e)
        return {"speaker": group.name if group else e.name, "speaker_start": e.start,
                "speaker_end": e.end, "speaker_label": "PERSON",
                "speaker_offices": _fullest(group.offices) if group else ()}

    def apposed_person(self, pos: int) -> Entity | None:
        """The PERSON in apposition after ``pos`` (the end of an office with no holder):
        only bodies, places, ranks, commas and parentheses between, on one line."""
        i = bisect.bisect_left(self.starts, pos)
        while i < len(self.entities) and self.entities[i].start - pos <= MAX_APPOSITION:
            e = self.entities[i]
            if not _APPOSITION_GAP.fullmatch(self.text, pos, e.start):
                return None
            if e.label == "PERSON":
                return e
            if e.label != "ORG":
                return None
            pos, i = e.end, i + 1
        return None

    def person_after_title(self, pos: int) -> Entity | None:
        """The PERSON right after one of the commas that follow a long title at ``pos``
        (before the sentence or the line ends)."""
        stop = _TITLE_STOP.search(self.text, pos, pos + MAX_TITLE_REACH)
        end = stop.start() if stop else min(len(self.text), pos + MAX_TITLE_REACH)
        comma = self.text.find(",", pos, end)
        while comma >= 0:
            e = self.entity_at(comma + 1, limit=2)
            if e is not None and e.label == "PERSON":
                return e
            comma = self.text.find(",", comma + 1, end)
        # no comma: ``ujar Kepala Pos Pengamatan Gunung Raung Burhan Althea``, the
        # title's capitalised words run up to the name
        i = bisect.bisect_left(self.starts, pos)
        while i < len(self.entities) and self.entities[i].start < end:
            e = self.entities[i]
            if not _TITLE_RUN.fullmatch(self.text, pos, e.start):
                return None
            if e.label == "PERSON":
                return e
            i += 1
        return None

    def nearest_person(self, pos: int, quotes: Sequence[Quote]) -> dict:
        """The speaker fields of the PERSON named nearest before ``pos`` outside the
        ``quotes`` found so far (one quoted is not one described), unless the last
        speaker spoke after that mention; empty when none is near."""
        inside = [(q.start, q.end) for q in quotes] + self.announced
        i = bisect.bisect_right(self.ends, pos) - 1
        while i >= 0 and (
            self.entities[i].label != "PERSON" or any(s <= self.entities[i].start < e for s, e in inside)
        ):
            i -= 1
        if i < 0 or pos - self.entities[i].end > MAX_DESCRIBED_DISTANCE:
            return {}
        if self.last is not None and self.last.end > self.entities[i].end:
            return {}  # the last speaker is nearer: previous() names them
        return self.speaker(self.entities[i])

    def in_role(self, role: str, pos: int) -> dict:
        """The person last introduced before ``pos`` in a role that ends as ``role`` does
        (``ujar hakim`` after ``hakim anggota Purwanto``); no one if none was."""
        head = role.split()[-1].lower()
        found: Entity | None = None
        if self._roles is None:  # read once: a long text asks for every role cue it has
            self._roles = list(_ROLE_AT.finditer(self.text))
        for m in self._roles[: bisect.bisect_right(self._roles, pos, key=lambda m: m.end())]:
            if head not in m.group("role").lower().split():
                continue
            e = self.person_after_role(m.end())
            if e is None or e.end > pos:
                continue
            # a capitalised role only with its body or a comma between (``Jaksa KPK, Wawan``,
            # ``Ketua Majelis Hakim, Rosihan``; not ``Hakim Agung …``, a title)
            first = self.entity_at(m.end(), limit=1)
            if m.group("role")[0].islower() or first is None or first.label == "ORG":
                found = e
        return self.speaker(found) if found is not None else {}

    def person_after_role(self, pos: int) -> Entity | None:
        """The PERSON named right after a role word ending at ``pos``: at once, after a
        comma (``ketua majelis hakim, Rosihan``), or after the role's body (``Jaksa KPK,
        Wawan Yunarwanto``)."""
        comma = self.text[pos : pos + 1] == ","
        e = self.entity_at(pos + comma, limit=2 if comma else 1)
        if e is not None and e.label == "ORG":
            after = e.end + (self.text[e.end : e.end + 1] == ",")
            e = self.entity_at(after, limit=1)
        return e if e is not None and e.label == "PERSON" else None

    def group_of(self, e: Entity) -> PersonGroup | None:
        return self.groups.get((e.start, e.end))

    def group_of_mention(self, q: Quote) -> PersonGroup | None:
        return self.groups.get((q.speaker_start, q.speaker_end)) if q.speaker_start is not None else None

    def subject_since(self, floor: int, pos: int) -> Entity | None:
        """The last PERSON after ``floor`` and before ``pos`` that opens its sentence with a
        speech verb the quote rules do not read as a cue (``Yuliot tidak membantah …``,
        ``X enggan menjelaskan …``), or that announces speech anywhere (``…, Hasan Nasbi
        mengungkapkan alasan …``): the one a later pronoun refers to."""
        i = bisect.bisect_right(self.ends, pos) - 1
        while i >= 0 and self.entities[i].start >= floor:
            e = self.entities[i]
            held = _NOT_SAYING.match(self.text, e.end) if e.label == "PERSON" else None
            if held is not None and held.group("announced"):
                return e  # ``…, Hasan Nasbi mengungkapkan alasan …``: the verb's subject
            if held is not None:
                # the sentence opens with the person, or with the person's office
                office = self.entities[i - 1] if i > 0 and self.entities[i - 1].label == "OFFICE" else None
                opening = office.start if office is not None and self.text[office.end : e.start] in (" ", ", ") else e.start
                if _OPENS_SENTENCE.search(self.text, max(floor, opening - 40), opening):
                    return e
            i -= 1
        return None

    def group_named(self, name: str) -> PersonGroup | None:
        return self.by_name.get(name)

    def previous(self, pos: int) -> dict:
        """Whom a pronoun or a continued quote at ``pos`` refers to: the last speaker,
        else the last person (or office) named before ``pos``."""
        if self.last is not None:
            q = self.last
            subject = self.subject_since(max(q.end, q.speaker_end or q.end), pos)
            if subject is not None and self.group_of(subject) is not self.group_of_mention(q):
                return self.speaker(subject)  # ``Yuliot tidak membantah … Namun, ia mengatakan``
            return {k: getattr(q, k) for k in ("speaker", "speaker_start", "speaker_end",
                                               "speaker_label", "speaker_offices")}
        subject = self.subject_since(0, pos)
        if subject is not None:
            return self.speaker(subject)
        i = bisect.bisect_right(self.ends, pos) - 1
        while i >= 0 and self.entities[i].label == "ORG":
            i -= 1
        return self.speaker(self.entities[i]) if i >= 0 else {}


def _fullest(offices: Sequence[str]) -> tuple[str, ...]:
    """A person's offices without the short mentions of a fuller one (``Bupati`` beside
    ``Bupati Pandeglang``), in the article's order."""
    return tuple(o for o in offices if not any(f != o and f.startswith(o + " ") for f in offices))


#: How far after a ``Menurut X`` its comma may come (``Menurut Ahok yang pernah menjadi
#: bupati di Belitung Timur, …``): a relative clause about X, not yet the speech.
MAX_APPOSITION = 80


#: Speaker fields of a quote with a pronoun cue (``katanya``, ``Ia mengatakan``): the
#: finders mark it so; :func:`find_quotes` gives it the last speaker in text order.
REFERS_BACK: dict = {"speaker": None}
#: Speaker fields of a quote whose cue names its speaker by a description (``ujar
#: politikus NasDem itu``, ``ungkap warga Genteng Kulon ini``): the person named
#: nearest before the quote.
DESCRIBED: dict = {"speaker": None}
#: how far back a description may point to the person it describes
MAX_DESCRIBED_DISTANCE = 600


def _marked(state: "_State", fields: dict, s: int, e: int) -> dict:
    """Record a quote whose speaker is settled later (:func:`find_quotes`); its fields."""
    if fields is REFERS_BACK:
        state.back.add((s, e))
    elif fields is DESCRIBED:
        state.described.add((s, e))
    return fields


def find_quotes(text: str, entities: Sequence[Entity], persons: Sequence[PersonGroup]) -> tuple[Quote, ...]:
    """The quotes of an article, in text order (see the module docstring)."""
    state = _State(text, entities, persons)
    headline = title_case_lines(text)  # sorted, disjoint lines
    headline_starts = [hs for hs, _he in headline]
    found: list[Quote] = []
    for para in _PARAGRAPH.finditer(text):
        start, end = para.span()
        h = bisect.bisect_right(headline_starts, start) - 1
        in_headline = h >= 0 and start < headline[h][1]
        direct = _direct(state, start, end)
        covered = [(q.start, q.end) for q in direct]
        items = list(direct)
        if not in_headline:
            items += _indirect(state, start, end, covered)
        for quote in sorted(items, key=lambda q: q.start):
            if quote.speaker is None and (quote.start, quote.end) in state.described:
                quote = quote.model_copy(update=state.nearest_person(quote.start, found) or state.previous(quote.start))
            elif quote.speaker is None and (quote.cue is None or (quote.start, quote.end) in state.back):
                quote = quote.model_copy(update=state.previous(quote.start))
            found.append(quote)
            if quote.speaker is not None:
                state.last = quote
    return tuple(found)


def _pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of the quotation marks in a paragraph.

    Scraped text mixes straight and curly marks (``"Kami …,” ujar``) and writes a closing
    mark for an opening one (``”Lokasi …``), so each mark is read by where it stands: one
    after a blank and before a word opens, one after a word and before a blank or a
    punctuation mark closes, and one that could be either alternates. An unclosed opening
    runs to the paragraph's end (a quote continued in the next paragraph); a closing mark
    with no opening before it, followed by a cue (``… Waspada," ujarnya.``), closes a quote
    opened where the scraper lost the mark: see :func:`_unopened_start`. Paragraphs
    without real marks are read for the ``?`` and backtick that replaced curly ones.
    """
    marks = [m.start() for m in _MARK.finditer(text, start, end)]
    if marks:
        pairs: list[tuple[int, int]] = []
        open_at = None
        for m in marks:
            before = text[m - 1] if m > start else " "
            after = text[m + 1] if m + 1 < end else " "
            opens = (before.isspace() or before in "([") and not after.isspace()
            closes = not before.isspace() and (after.isspace() or after in _AFTER_CLOSE)
            if open_at is None and (opens or not closes):
                open_at = m
            elif open_at is not None and (closes or not opens):
                pairs.append((open_at, m))
                open_at = None
            elif open_at is None and _CUE_AFTER.match(text, m + 1, end):  # closes, never opened
                pairs.append((_unopened_start(text, pairs[-1][1] if pairs else start, m) - 1, m))
            else:  # a second opening: the first one was never closed
                open_at = m
        if open_at is not None:
            pairs.append((open_at, end))
        return pairs
    if any(m in text[start:end] for m in lang.SCRAPED_MARKS):
        opens = [m.start() for m in _SCRAPED_OPEN.finditer(text, start, end)]
        closes = [m.start() for m in _SCRAPED_CLOSE.finditer(text, start, end)]
        pairs = []
        for o in opens:
            if pairs and o < pairs[-1][1]:
                continue
            c = next((c for c in closes if c > o + 1), None)
            pairs.append((o, end if c is None else c))
        return pairs
    return []


def _unopened_start(text: str, floor: int, close: int) -> int:
    """Where a quote closed at ``close`` without an opening mark began: after the last
    sentence before it that reports speech (``… mengatakan kegempaan … per hari.``), or
    after the last quote, or at the paragraph's start (``floor``)."""
    begin = floor
    for sent in _SENTENCE.finditer(text, floor, close):
        if sent.end() < close and _REPORTS_SPEECH.search(text, sent.start(), sent.end()):
            begin = sent.end()
    while begin < close and text[begin] in " \t\"”“,.":
        begin += 1
    return begin


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t,":
        e -= 1
    return s, e


def _direct(state: _State, start: int, end: int) -> list[Quote]:
    text, out = state.text, []
    for o, c in _pairs(text, start, end):
        s, e = _trim(text, o + 1, c)
        if e <= s:
            continue
        cue, fields = None, {}
        after = _CUE_AFTER.match(text, min(c + 1, end), end) if c < end else None
        before = _CUE_BEFORE.search(text, max(start, o - 60), o)
        if after:
            cue = after.group("cue")
            fields = _after_speaker(state, cue, after.end())
        elif before:
            cue = before.group("cue")
            floor = max(start, o - 200)
            if cue == ":":
                e_ = state.entity_before(before.start(), floor)
                cue = None if e_ is None else ":"
                fields = state.speaker(e_)
            elif _PRONOUN_BEFORE.search(text, floor, before.start()) or _with_nya(cue):
                fields = REFERS_BACK
            else:
                fields = state.speaker(state.entity_before(before.start(), floor))
        words = len(_WORD.findall(text, s, e))
        if cue is None and (words < lang.MIN_UNCUED_WORDS or o > start + 3):
            continue  # a title, a name or a scare quote; or marks inside running prose
        out.append(Quote(text=text[s:e], start=s, end=e, kind="direct", cue=cue, **_marked(state, fields, s, e)))
    return out


_CUE_FORMS = frozenset(c.lower() for c in (*lang.AFTER_CUES, *lang.BEFORE_CUES, *lang.PASSIVE_CUES, *lang.ACCORDING_TO))


def _with_nya(cue: str) -> bool:
    """Whether the cue carries ``-nya`` (``ujarnya``, ``menurutnya``): it points back to the
    speaker. ``tanya`` is a cue of its own that only ends in those letters."""
    low = cue.lower()
    return low.endswith("nya") and low not in _CUE_FORMS and low[:-3] in _CUE_FORMS


def _after_speaker(state: _State, cue: str, pos: int) -> dict:
    if _with_nya(cue) or _PRONOUN_AT.match(state.text, pos):
        return REFERS_BACK
    if state.entity_at(pos, limit=1) is None and (_TITLE_AT.match(state.text, pos) or _common_capital_at(state.text, pos)):
        person = state.person_after_title(pos)
        if person is not None:  # ``ujar Deputi bidang …, Kementerian …, Ferry Irawan``
            return state.speaker(person)
    apposed = _APPOSED_AT.match(state.text, pos)
    if apposed is not None:  # ``ujar salah satu sopir jip, Choirul Umam``
        entity = state.entity_at(apposed.end(), limit=1)
        if entity is not None and entity.label == "PERSON":
            return state.speaker(entity)
    if _DESCRIBED_AT.match(state.text, pos):
        return DESCRIBED  # ``ujar politikus NasDem itu``
    role = _ROLE_AT.match(state.text, pos)
    if role is not None:  # ``ujar ketua majelis hakim Rosihan``, ``ujar hakim``, ``tanya Jaksa KPK, Wawan``
        person = state.person_after_role(role.end())
        if person is not None:
            return state.speaker(person)
        comma = state.text[role.end() : role.end() + 1] == ","
        entity = state.entity_at(role.end() + comma, limit=2 if comma else 1)
        if entity is None and not state.text[role.end() : role.end() + 1].isupper():
            return state.in_role(role.group("role"), pos)  # not when a name we missed follows
    rank = _RANK_AT.match(state.text, pos)  # ``kata AKP Agus``: the rank is no part of the name
    entity = state.entity_at(rank.end() if rank else pos, limit=4)
    if entity is None:  # ``jelas Bu Rini``, ``ujar Menteri Agus``: an address or a title the grammar left
        lead = _ADDRESS_OR_TITLE_AT.match(state.text, pos)
        person = state.entity_at(lead.end(), limit=1) if lead else None
        if person is not None and person.label == "PERSON":
            return state.speaker(person)
    if entity is not None and entity.label == "OFFICE" and not entity.holder and _THAT_AFTER.match(state.text, entity.end):
        return REFERS_BACK  # ``kata Ketua KAGAMA itu``: the person just named
    return state.speaker(entity)


def _indirect(state: _State, start: int, end: int, covered: list[tuple[int, int]]) -> list[Quote]:
    text, out = state.text, []
    for sent in _SENTENCE.finditer(text, start, end):
        s0, e0 = sent.span()
        while s0 < e0 and text[s0] in " \t":
            s0 += 1
        stop = e0 - 1 if text[e0 - 1] in ".!?" else e0
        inside = [ce for cs, ce in covered if cs < e0 and s0 <= ce + 1]
        if inside:
            # ``"…," kata X saat dihubungi, Minggu (11/2) X menjelaskan …``: only a cue
            # written before its speech can start a quote after the quoted words
            after = max(inside) + 1
            quote = _said_before(state, after, stop) if after < stop else None
            if quote is not None:
                out.append(quote)
            continue
        quote = (_according_to_pronoun(state, s0, stop)
                 or _cue_speaker_comma(state, _ACCORDING, s0, stop)
                 or _cue_speaker_comma(state, _PASSIVE_START, s0, stop)
                 or _said_at_end(state, s0, stop) or _said_in_middle(state, s0, stop)
                 or _according_inside(state, s0, stop)
                 or _said_before(state, s0, stop))
        if quote is not None:
            out.append(quote)
    return out


def _make(state: _State, s: int, e: int, cue: str, fields: dict, min_words: int = 3) -> Quote | None:
    s, e = _trim(state.text, s, e)
    if e <= s or len(_WORD.findall(state.text, s, e)) < min_words:
        return None
    return Quote(text=state.text[s:e], start=s, end=e, kind="indirect", cue=cue, **_marked(state, fields, s, e))


def _cue_speaker_comma(state: _State, pattern: regex.Pattern, s0: int, stop: int) -> Quote | None:
    """``Menurut X, …`` and ``Dijelaskan (oleh) X, …``: a cue opening the sentence, the
    speaker right after it, the speech after the next comma (at most 40 characters on)."""
    m = pattern.match(state.text, s0, stop)
    e = state.entity_at(m.end(), limit=1) if m else None
    if e is None:
        return None
    comma = state.text.find(",", e.end, stop)
    if comma < 0 or comma - e.end > MAX_APPOSITION:
        return None
    return _make(state, comma + 1, stop, m.group("cue"), state.speaker(e))


def _according_to_pronoun(state: _State, s0: int, stop: int) -> Quote | None:
    """``Menurutnya, …`` and ``Menurut dia, …`` opening a sentence."""
    m = _ACCORDING_PRONOUN.match(state.text, s0, stop)
    return _make(state, m.end(), stop, m.group("cue"), REFERS_BACK) if m else None


def _said_at_end(state: _State, s0: int, stop: int) -> Quote | None:
    m = _AFTER_AT_END.search(state.text, s0, stop)
    if not m:
        return None
    fields = _after_speaker(state, m.group("cue"), m.start("rest"))
    if not fields:
        return None
    return _make(state, s0, m.start(), m.group("cue"), fields)


def _according_inside(state: _State, s0: int, stop: int) -> Quote | None:
    """``Sebab itu, tidak logis menurutnya bila …`` and ``Pasalnya, menurut Ali, …``:
    one span over the whole sentence."""
    for m in _ACCORDING_INSIDE.finditer(state.text, s0 + 1, stop):
        if m.group("cue"):
            return _make(state, s0, stop, m.group("cue"), REFERS_BACK)
        e = state.entity_at(m.start("who"), limit=1)
        if e is not None:
            return _make(state, s0, stop, m.group("cue2"), state.speaker(e))
    return None


def _said_in_middle(state: _State, s0: int, stop: int) -> Quote | None:
    """``Saat ini, kata Roy, UMKM perlu …``: one span over the whole sentence (the
    guideline's ``A, kata dia, B.``), when the words after the cue name the speaker."""
    for m in _SAID_IN_MIDDLE.finditer(state.text, s0, stop):
        fields = _after_speaker(state, m.group("cue"), m.start("who"))
        if fields:
            return _make(state, s0, stop, m.group("cue"), fields)
    return None


def _described_before(state: _State, s0: int, cue_start: int) -> bool:
    """The cue's subject describes a person by a word for one (``Politikus``,
    ``Suami``) or by their office (``Anggota DPD RI ini``), with ``ini``/``itu``
    pointing back: ``Hal itu menunjukkan …`` describes no one."""
    m = _DESCRIBED_BEFORE.search(state.text[s0:cue_start])  # (``^`` is the sentence start)
    if m is None:
        return False
    head = m.group("desc").split()[0]
    if head in lang.PERSON_DESCRIPTION_HEADS:
        return True
    e = state.entity_at(s0 + m.start("desc"), limit=0)
    return e is not None and e.label == "OFFICE"


def _said_before(state: _State, s0: int, stop: int) -> Quote | None:
    for m in _BEFORE_IN_SENTENCE.finditer(state.text, s0, stop):
        if _ANNOUNCED.match(state.text, m.end("cue")):
            state.announced.append((m.end("cue"), stop))
            continue  # ``Ia menyampaikan alasan dukungannya``: speech announced, not reported
        cue_start = m.start("cue")
        if _PRONOUN_BEFORE.search(state.text, s0, cue_start):
            fields = REFERS_BACK
        else:
            fields = state.speaker(state.entity_before(cue_start, s0))
        if not fields and _described_before(state, s0, cue_start):
            fields = DESCRIBED
        if not fields:
            role = _ROLE_OPENS.fullmatch(state.text, s0, cue_start)
            if role is not None:  # ``Hakim mengatakan …``: the person introduced in that role
                fields = state.in_role(role.group("role"), cue_start) or {"speaker": None}
        if fields:
            return _make(state, m.end(), stop, m.group("cue"), fields)
    return None
