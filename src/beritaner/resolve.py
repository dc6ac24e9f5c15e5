"""The one place where overlapping proposals are settled.

Inputs: the knowledge recognizers' candidates (``doc._.beritaner_candidates``) and the
statistical model's entities (``doc.ents``, taken as candidates with source
``"model"``). Output: flat, non-overlapping entities in ``doc._.beritaner_entities``,
mirrored into ``doc.ents`` and ``doc.spans["beritaner"]`` where they align with tokens.

The rules, in order (ANNOTATION.md: "only the outermost is a span"):

1. **Certain knowledge first, outermost wins.** Knowledge candidates scoring at least
   ``certain`` are taken longest first (ties: higher score, then earlier start); one
   that overlaps an already taken span is dropped. ``Pendopo Gubernur Banten`` (PLACE)
   therefore beats ``Gubernur Banten`` (OFFICE), which beats ``Banten`` (PLACE).
2. **The model fills in names knowledge does not know.** A model span inside a taken
   span is dropped. A model span that crosses or contains a taken span is trimmed to
   its longest part outside it (``Gubernur Banten Andra Soni`` → ``Andra Soni``) when
   that part still starts with a capital or digit, and is not inside a longer
   knowledge candidate (the model's ORG ``HKI Akhmad`` cut at the office ``Ketua Umum
   HKI`` leaves ``Akhmad``, which the name ``Akhmad Ma’ruf Maulana`` after the office
   covers); otherwise dropped. Two more checks:
   where a knowledge candidate (of any score) covers exactly the same text with
   another label, the knowledge label stands, and where it covers more of the text with
   the same label, the longer form stands (``Moh. Yamin Katili`` over ``Moh``); where
   it says exactly the same, the knowledge candidate is kept (with its fields, such as
   a region code) (a name the article uses after ``ujar``
   is a PERSON even if the model calls it a PLACE); and in a Title Case headline,
   where every word is capitalised, a model span counts only if the same words occur
   again outside the headlines.
Knowledge may also claim that a text is *no* entity (label ``NONE``: ``OPD``,
``kepala daerah``); such a claim takes part like any other and is left out at the end.

3. **Uncertain knowledge fills the gaps.** Candidates below ``certain`` (bare village
   names, bare weekdays, lowercase titles) are taken, longest first, only where nothing
   else was.

Every entity keeps its ``source`` and ``score`` so a reader can see who proposed it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import weakref

import regex
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from .candidates import ENTITIES, NOT_AN_ENTITY, SPAN_KEY, Candidate, candidates_of, text_of
from .lang.id.offices import TITLE_WORDS
from .lang.id.persons import (
    ENGLISH_FUNCTION_WORDS, FORMS_OF_ADDRESS, KNOWN_NICKNAMES, LETTER_LABEL_NOUNS, NEVER_IN_NAMES,
    NOT_NAME_OPENERS, NOT_NAME_WORDS, RETIRED_MARKS,
)
from .lang.id.places import ADMIN_WORDS, FACILITY_TRIGGERS, NAMED_AFTER_PEOPLE
from .lang.id.quotes import AFTER_CUES
from .lang.id.words import GLUED_VERB_PREFIXES
from .lexicon import common_words, everyday_words
from .text import RANK, TICKET_HYPHEN, alternation, glue_points_by_evidence, list_number_points, title_case_lines

MODEL_SOURCE = "model"
PERSONS_SOURCE = "persons"
MODEL_LABELS = {
    "PERSON": "PERSON", "PER": "PERSON",
    "PLACE": "PLACE", "LOC": "PLACE", "GPE": "PLACE",
    "ORG": "ORG",
}  # fmt: skip


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _trim(text: str, cand: Candidate, taken: list[Candidate]) -> Candidate | None:
    """The longest piece of ``cand`` outside every taken span, or None."""
    cuts = sorted((max(t.start, cand.start), min(t.end, cand.end)) for t in taken if _overlaps(t, cand))
    pieces, pos = [], cand.start
    for s, e in cuts:
        if s > pos:
            pieces.append((pos, s))
        pos = max(pos, e)
    if pos < cand.end:
        pieces.append((pos, cand.end))
    best = None
    for s, e in pieces:
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not (text[e - 1].isalnum() or text[e - 1] in ".)"):
            e -= 1
        if e - s >= 2 and (text[s].isupper() or text[s].isdigit()):
            if best is None or e - s > best[1] - best[0]:
                best = (s, e)
    if best is None:
        return None
    return Candidate(best[0], best[1], cand.label, cand.score * 0.9, cand.source, dict(cand.attrs))


_AFTER_CUE = regex.compile(rf"(?<![\w-])(?i:{alternation(AFTER_CUES)})[ \t]+$")


def _named_after_a_cue(text: str, entities: list[Candidate]) -> list[Candidate]:
    """``papar Danang`` after ``Danang Mandala Prihantoro``: a one-word PLACE or ORG right
    after a speech cue, that is the first word of a person the article names in full, is
    that person (``Danang`` is also the Vietnamese city)."""
    first_words = {text[c.start : c.end].split()[0] for c in entities
                   if c.label == "PERSON" and " " in text[c.start : c.end]}
    if not first_words:
        return entities
    out = []
    for c in entities:
        word = text[c.start : c.end]
        if (c.label in ("PLACE", "ORG") and word in first_words
                and _AFTER_CUE.search(text, max(0, c.start - 20), c.start)):
            c = Candidate(c.start, c.end, "PERSON", c.score, c.source, {"pattern": "named after a cue"})
        out.append(c)
    return out


def _inside_longer(spans: list[Candidate], cand: Candidate, also) -> bool:
    """Some span of ``spans`` for which ``also`` holds contains ``cand`` and is longer."""
    return any(w.start <= cand.start and cand.end <= w.end and w.length > cand.length and also(w) for w in spans)


def _fuller_repeat(c: Candidate) -> bool:
    """A PERSON the article names elsewhere, read here with more name words after it
    (``Danang Mandala Prihantoro`` beside ``papar Danang``): a model span that takes only
    its last words (the ORG ``Mandala Prihantoro``) has cut the name's head off."""
    return c.source == PERSONS_SOURCE and c.attrs.get("pattern") == "repeat"


def _in_headline_only(text: str, cand: Candidate, headlines: list[tuple[int, int]]) -> bool:
    """A span inside a Title Case headline whose words the body never repeats."""
    if not any(start <= cand.start and cand.end <= end for start, end in headlines):
        return False
    words = text[cand.start : cand.end]
    position = text.find(words)
    while position != -1:
        if not any(start <= position < end for start, end in headlines):
            return False
        position = text.find(words, position + 1)
    return True


class _Taken:
    """The spans taken so far: disjoint, kept in text order, so the ones a candidate
    overlaps are found by bisection (an article proposes hundreds of candidates)."""

    def __init__(self) -> None:
        self.spans: list[Candidate] = []
        self._ends: list[int] = []

    def overlapping(self, cand: Candidate) -> list[Candidate]:
        i = bisect.bisect_right(self._ends, cand.start)
        out = []
        while i < len(self.spans) and self.spans[i].start < cand.end:
            out.append(self.spans[i])
            i += 1
        return out

    def free(self, cand: Candidate) -> bool:
        i = bisect.bisect_right(self._ends, cand.start)
        return i == len(self.spans) or self.spans[i].start >= cand.end

    def add(self, cand: Candidate) -> None:
        i = bisect.bisect_right(self._ends, cand.start)
        self.spans.insert(i, cand)
        self._ends.insert(i, cand.end)


class _Tickets:
    """The names the article repeats (the person recognizer's ``repeat``) that a ticket
    hyphen joins: ``Prabowo-Gibran`` where ``Prabowo`` and ``Gibran`` are each a name
    the article uses. A model span holding such a pair is two people, whatever label it
    gives them (the ORG ``Ganjar-Mahfud 75.082`` of a vote table)."""

    def __init__(self, text: str, weak: list[Candidate]) -> None:
        names = sorted((c.start, c.end) for c in weak if c.label == "PERSON" and _fuller_repeat(c))
        pairs = [(a[0], b[0]) for a, b in zip(names, names[1:]) if text[a[1] : b[0]] in _TICKET_JOINS]
        self._firsts = [first for first, _second in pairs]
        self._seconds = [second for _first, second in pairs]

    def joins_two(self, cand: Candidate) -> bool:
        """Both names of a pair lie inside ``cand`` (the first pair starting in it is
        the one that ends soonest: the pairs are of consecutive names)."""
        i = bisect.bisect_left(self._firsts, cand.start)
        return i < len(self._firsts) and self._seconds[i] < cand.end


#: what stands between the two names of a ticket written as one word
_TICKET_JOINS = frozenset({"-", "–"})


def _take_outermost(candidates: list[Candidate], taken: _Taken) -> None:
    for cand in sorted(candidates, key=lambda c: (-c.length, -c.score, c.start)):
        if taken.free(cand):
            taken.add(cand)


def resolve(text: str, knowledge: list[Candidate], model: list[Candidate], *, certain: float) -> list[Candidate]:
    """Settle overlaps; returns flat, non-overlapping entities sorted by start."""
    taken = _Taken()
    _take_outermost([c for c in knowledge if c.score >= certain], taken)

    same_text = {(c.start, c.end): c.label for c in knowledge}
    weak = [c for c in knowledge if c.score < certain]
    agreeing: dict[tuple[int, int, str], Candidate] = {}  # knowledge that says the same
    for c in sorted(weak, key=lambda c: c.score):
        agreeing[(c.start, c.end, c.label)] = c
    headlines = title_case_lines(text)
    tickets = _Tickets(text, weak)
    model_filter: ModelSpanFilter | None = None
    for cand in sorted(model, key=lambda c: (-c.length, c.start)):
        if same_text.get((cand.start, cand.end), cand.label) != cand.label:
            continue  # knowledge labels this very text otherwise
        if _in_headline_only(text, cand, headlines):
            continue
        if _inside_longer(weak, cand, lambda w: w.label == cand.label or (_fuller_repeat(w) and w.start < cand.start)):
            continue  # a fuller form of the same kind of entity, or of a name the article uses: the outer one stands
        if tickets.joins_two(cand):
            continue  # ``Prabowo-Gibran``, ``Ganjar-Mahfud 75.082``: two people the article names, not one name
        inside = taken.overlapping(cand)
        if not inside:
            taken.add(agreeing.get((cand.start, cand.end, cand.label), cand))
            continue
        if any(t.start <= cand.start and cand.end <= t.end for t in inside):
            continue  # wholly inside knowledge: the outer span already covers it
        trimmed = _trim(text, cand, inside)
        if trimmed is not None and _inside_longer(weak, trimmed, taken.free):
            continue  # what is left of a cut model span lies inside knowledge's longer guess
        if trimmed is not None and trimmed.source == MODEL_SOURCE:
            if model_filter is None:
                model_filter = ModelSpanFilter(text)
            piece = model_filter(trimmed.label, trimmed.start, trimmed.end)
            trimmed = None if piece is None else Candidate(
                piece[0], piece[1], trimmed.label, trimmed.score, trimmed.source, trimmed.attrs)
        if (
            trimmed is not None
            and not _NOT_IN_PERSON.fullmatch(text[trimmed.start : trimmed.end] + " ")  # a rank left over
            and same_text.get((trimmed.start, trimmed.end), trimmed.label) == trimmed.label
            and taken.free(trimmed)
        ):
            taken.add(trimmed)

    _take_outermost([c for c in knowledge if c.score < certain], taken)
    entities = [c for c in taken.spans if c.label != NOT_AN_ENTITY]  # in text order
    entities = _join_overlapping_persons(text, entities, [c for c in weak if c.label == "PERSON"], model)
    glued = glue_points_by_evidence(text)
    entities = _named_after_a_cue(text, names_out_of_spans(text, [_unglued(text, c, glued) for c in entities]))
    entities = _split_unhyphenated_tickets(text, _split_tickets(text, entities))
    entities = _join_person_aliases(text, _join_country_tails(text, _split_nickname_heads(text, entities)))
    return _offices_read_to_their_holder(text, entities)


def _join_overlapping_persons(
    text: str, entities: list[Candidate], persons: list[Candidate], model: list[Candidate]
) -> list[Candidate]:
    """A PERSON that a weaker person proposal overlaps without containing it is one name
    with it: the model's ``Ayu Isyana Bagoes Oka`` and the name read after the office,
    ``Ratu Ayu Isyana Bagoes`` (four words at most), are ``Ratu Ayu Isyana Bagoes Oka``.
    Not across a line, and not where the joined span would touch another entity or another
    of the model's spans (``Ahmad Yani Semarang | Sutikno Wibowo``: the model saw two)."""
    if not persons:
        return entities
    persons = sorted(persons, key=lambda c: c.start)
    person_starts = [c.start for c in persons]
    spans = sorted((m.start, m.end) for m in model)  # the model's entities are disjoint
    out = list(entities)  # disjoint, in text order
    for n, e in enumerate(out):
        if e.label != "PERSON":
            continue
        lo = bisect.bisect_left(person_starts, e.start - 200)  # (no name is longer)
        for c in persons[lo : bisect.bisect_left(person_starts, e.end)]:
            if not (c.start < e.start < c.end < e.end or e.start < c.start < e.end < c.end):
                continue
            start, end = min(c.start, e.start), max(c.end, e.end)
            if "\n" in text[start:end]:
                continue
            if (n > 0 and out[n - 1].end > start) or (n + 1 < len(out) and out[n + 1].start < end):
                continue  # the joined span would touch another entity
            k = bisect.bisect_left(spans, (start, -1))
            near = spans[max(0, k - 1) : bisect.bisect_left(spans, (end, -1))]
            if any(m != (e.start, e.end) and m[0] < end and start < m[1] for m in near):
                continue
            out[n] = e = Candidate(start, end, "PERSON", max(e.score, c.score), e.source, e.attrs)
    return out


_NAME_RUN_WORD = regex.compile(r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)?")
_TYPE_WORDS_ALONE = frozenset(FACILITY_TRIGGERS) | frozenset(ADMIN_WORDS)


def names_out_of_spans(text: str, entities: list[Candidate]) -> list[Candidate]:
    """A person the article names, written in full at the end of a PLACE or ORG, is a
    PERSON of its own: ``Tol Ria Marlinda Paallo`` (``kata Ria`` later) is the road word
    ``Tol`` and the person ``Ria Marlinda Paallo``; ``Gunung Raung Burhan Althea`` is
    ``Gunung Raung`` and ``Burhan Althea``. The tail must be two or more name words,
    starting with a word the article uses as a PERSON on its own, and the span must not be of a kind named after people (``Jalan Ahmad Yani``,
    ``Universitas Gadjah Mada``: :data:`NAMED_AFTER_PEOPLE`). What is left before the name
    keeps its label unless it is a bare type word (``Tol``, ``Gunung``)."""
    person_words = {text[c.start : c.end] for c in entities if c.label == "PERSON" and " " not in text[c.start : c.end]}
    if not person_words:
        return entities
    out: list[Candidate] = []
    for c in entities:
        cut = _name_tail(text, c, person_words) if c.label in ("PLACE", "ORG") else None
        if cut is None:
            out.append(c)
            continue
        head_end = cut
        while head_end > c.start and text[head_end - 1] in " ,":
            head_end -= 1
        head = text[c.start : head_end]
        if head and head not in _TYPE_WORDS_ALONE and head not in NOT_NAME_WORDS:
            out.append(Candidate(c.start, head_end, c.label, c.score, c.source, dict(c.attrs)))
        out.append(Candidate(cut, c.end, "PERSON", c.score, c.source, {"pattern": "name in span"}))
    return out


def _name_tail(text: str, c: Candidate, person_words: set[str]) -> int | None:
    """Where a known person's name ends ``c`` (see :func:`names_out_of_spans`), or None."""
    words = list(regex.finditer(r"\S+", text[c.start : c.end]))
    if len(words) < 3 or words[0].group() in NAMED_AFTER_PEOPLE:
        return None
    for k in range(1, len(words) - 1):
        if words[k].group() not in person_words:
            continue
        tail = [w.group() for w in words[k:]]
        if all(
            _NAME_RUN_WORD.fullmatch(w) and w not in NOT_NAME_WORDS and w not in TITLE_WORDS
            and w.lower() not in common_words()
            for w in tail
        ):
            return c.start + words[k].start()
    return None


_GLUED_LEAD = regex.compile(r"\p{Lu}{2,}(?=\p{Lu}\p{Ll})")
_LAST_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{4,}$")


def _unglued(text: str, c: Candidate, glued: tuple[int, ...] = ()) -> Candidate:
    """A PERSON span without the words a scraper glued to it: ``RIHarun Masikudan`` →
    ``Harun Masiku`` (an acronym before; an everyday word after, when the name is glued on
    its left too, as a link's text is, or the article writes the name without it
    elsewhere: ``Harun Masiku``, or writes its last word alone:
    ``Kusnadi`` of ``Kusnadidilaporkan``, one of the ``glued`` points of
    :func:`~beritaner.text.glue_points_by_evidence`)."""
    if c.label != "PERSON":
        return c
    start, end = c.start, c.end
    for point in glued:
        if start < point < end and text[point].islower():
            end = point
            break
    lead = _GLUED_LEAD.match(text, start, end)
    if lead is not None:
        start = lead.end()
    last = _LAST_WORD.search(text, start, end)
    if last is not None and last.start() > start:
        word, before = last.group(), text[start : last.start()]
        glue = everyday_words()
        # a name glued on its left too (``RIPrabowo Subiantodi``, ``(Wapres)Gibran
        # Rakabuming Rakaberziarah``) was a link's text: its right edge is glued as well
        link_text = lead is not None or (start > 0 and (text[start - 1] in ")]" or text[start - 1].isalpha()))
        if link_text:
            k = next((k for k in range(4, len(word) - 1) if _everyday_or_affixed(word[k:].lower(), glue)), None)
            if k is not None and not _elsewhere(text, word, last.start()):  # cheap test first
                end = last.start() + k
        else:
            cuts = [k for k in range(3, len(word) - 1) if word[k:].lower() in glue]  # cheap test first
            if cuts and not _elsewhere(text, word, last.start()):
                for k in cuts:
                    # the name as the article writes it elsewhere: ``Harun Masiku`` for ``Harun Masikudan``
                    if _elsewhere(text, before + word[:k], start):
                        end = last.start() + k
                        break
    if (start, end) == (c.start, c.end):
        return c
    return Candidate(start, end, c.label, c.score, c.source, dict(c.attrs))


def _everyday_or_affixed(tail: str, everyday: frozenset[str]) -> bool:
    """``di``, ``dan``: everyday words; ``berziarah``: a verb prefix on one."""
    return tail in everyday or any(
        tail.startswith(p) and tail[len(p):] in everyday for p in GLUED_VERB_PREFIXES if len(tail) > len(p) + 3
    )


def _elsewhere(text: str, word: str, position: int) -> bool:
    """``word`` stands as a whole word somewhere in ``text`` other than at ``position``."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if at != position and (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


def _split_tickets(text: str, entities: list[Candidate]) -> list[Candidate]:
    """A PERSON written ``Ganjar Pranowo-Mahfud MD`` is a ticket of two people: each side
    of the hyphen is a name of more than one word, a name the article also writes on its
    own (``Prabowo-Gibran`` beside ``Prabowo`` and ``Gibran`` elsewhere), or the first word
    of a fuller name in the article (``Gibran`` of ``Prabowo Subianto-Gibran Rakabuming
    Raka``). ``Ustaz Abdul-Rahman`` stays one: ``Rahman`` is none of these. A PERSON right
    after the ticket (one space between) is the rest of its second name: the model may
    split ``Khofifah Indar Parawansa-Emil`` from ``Dardak``."""
    tickets = {}
    for n, c in enumerate(entities):
        hyphen = TICKET_HYPHEN.search(text, c.start, c.end) if c.label == "PERSON" else None
        if hyphen:
            tickets[n] = hyphen
    if not tickets:
        return entities
    first_words: set[str] = set()
    for n, c in enumerate(entities):
        if c.label != "PERSON":
            continue
        hyphen = tickets.get(n)
        sides = [text[c.start : hyphen.start()], text[hyphen.end() : c.end]] if hyphen else [text[c.start : c.end]]
        first_words.update(side.split()[0] for side in sides if " " in side)

    def one_person(name: str) -> bool:
        return " " in name or name in first_words or _stands_alone(text, name)

    out: list[Candidate] = []
    skip = -1
    for n, c in enumerate(entities):
        if n == skip:
            continue
        hyphen = tickets.get(n)
        end = c.end
        after = entities[n + 1] if n + 1 < len(entities) else None
        if hyphen and after is not None and after.label == "PERSON" and text[c.end : after.start] == " ":
            end = after.end  # ``Khofifah Indar Parawansa-Emil`` + ``Dardak``: the second name goes on
        if hyphen and one_person(text[c.start : hyphen.start()]) and one_person(text[hyphen.end() : end]):
            out += _two_people(c, hyphen.start(), hyphen.end(), end)
            skip = n + 1 if end != c.end else -1
        else:
            out.append(c)
    return out


def _two_people(c: Candidate, first_end: int, second_start: int, second_end: int | None = None) -> list[Candidate]:
    """``c`` cut into two spans of its label, ``c.start:first_end`` and
    ``second_start:second_end`` (to ``c.end`` by default), each with ``c``'s score,
    source and attributes."""
    end = c.end if second_end is None else second_end
    return [
        Candidate(c.start, first_end, c.label, c.score, c.source, dict(c.attrs)),
        Candidate(second_start, end, c.label, c.score, c.source, dict(c.attrs)),
    ]


def _split_unhyphenated_tickets(text: str, entities: list[Candidate]) -> list[Candidate]:
    """A two-word PERSON whose words open two other people's full names in the article
    (``memenangkan Prabowo Gibran`` beside ``Prabowo Subianto`` and ``Gibran Rakabuming
    Raka``) is a ticket written without its hyphen: two people."""
    firsts: dict[str, set[str]] = {}
    for c in entities:
        words = text[c.start : c.end].split()
        if c.label == "PERSON" and len(words) >= 2:
            firsts.setdefault(words[0], set()).add(" ".join(words))
    if len(firsts) < 2:
        return entities
    out: list[Candidate] = []
    for c in entities:
        span = text[c.start : c.end]
        words = span.split(" ")

        def opens_another(word: str) -> bool:
            return bool(firsts.get(word, set()) - {span})

        if c.label == "PERSON" and len(words) == 2 and all(words) and all(map(opens_another, words)):
            out += _two_people(c, c.start + len(words[0]), c.start + len(words[0]) + 1)
        else:
            out.append(c)
    return out


def _split_nickname_heads(text: str, entities: list[Candidate]) -> list[Candidate]:
    """A public figure's known nickname never opens a longer name: a PERSON of a nickname
    and two or more name words after it (``Alap-Alap Jokowi Muhammad Isnaini``, the model
    running a group named after Jokowi into its officer's name) is two people."""
    out: list[Candidate] = []
    for c in entities:
        head, _, rest = text[c.start : c.end].partition(" ")
        if c.label == "PERSON" and head in KNOWN_NICKNAMES and len(rest.split()) >= 2:
            out += _two_people(c, c.start + len(head), c.start + len(head) + 1)
        else:
            out.append(c)
    return out


def _stands_alone(text: str, name: str) -> bool:
    """``name`` occurs in ``text`` as whole words with no hyphen joining it to another."""
    return regex.search(rf"(?<![\w-]){regex.escape(name)}(?![\w-])", text) is not None


#: The country written right after an organisation ends its name: ``Poltracking
#: Indonesia``, ``Danone Indonesia``, ``CNBC Indonesia`` — every one of 18 such cases in
#: our gold sets, none against.
ORG_NAME_COUNTRIES = frozenset({"Indonesia"})


def _join_country_tails(text: str, entities: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in entities:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.label == "ORG" and c.label == "PLACE"
            and text[c.start : c.end] in ORG_NAME_COUNTRIES and text[prev.end : c.start] == " "
            and not text[prev.start : prev.end].endswith(")")
        ):
            attrs = dict(prev.attrs)
            if attrs.get("name"):
                attrs["name"] = f"{attrs['name']} {text[c.start : c.end]}"
            out[-1] = Candidate(prev.start, c.end, "ORG", prev.score, prev.source, attrs)
            continue
        out.append(c)
    return out


#: what may stand between the pieces of an office's name read apart: a space, and an
#: alias's parentheses (``Daya Anagata Nusantara (Danantara)``)
_OFFICE_PIECE_GAP = regex.compile(r"\)?[ ]\(?")
#: the pieces are only a short form in parentheses
_ALIAS_ONLY = regex.compile(r"[ ]\(([^()\s]+)\)")
#: capital short forms that no entity took, between an office and the name after it
_ACRONYM_TAIL = regex.compile(r"(?:[ ]\p{Lu}{2,6})+[ ]")
_RANK_WORD = regex.compile(rf"(?<=[ ])(?:{RANK})(?=[ ])")
#: between an office's name and its holder: a space, or a rank (``Kapolres X AKBP Budi``)
_HOLDER_GAP = regex.compile(rf"[ ](?:{RANK}[ ])?")


def _offices_read_to_their_holder(text: str, entities: list[Candidate]) -> list[Candidate]:
    """An office whose name was read short, with its last words left as a one-off
    "person" (and places, bodies) right before its holder: ``Kapolres Padang Parimana
    AKBP Ahmad Faisol Amir``, ``COO Badan Pengelola Investasi Daya Anagata Nusantara
    (Danantara) Dony Oskaria``, ``Kasat Lantas Polres Tanjung Perak AKP Moch Suud``. Two
    people are never written back to back, nor a post, a place and an officer's rank, so
    the words between the office and the holder are the rest of the office's name: the
    office takes them (its jurisdiction too) and they are no entities of their own. Only
    where a rank stands before the holder or one of the words was read as a PERSON that
    the article never names again."""
    out: list[Candidate] = []
    n = 0
    while n < len(entities):
        c = entities[n]
        out.append(c)
        n += 1
        if c.label != "OFFICE":
            continue
        after = entities[n] if n < len(entities) else None
        tail = _ACRONYM_TAIL.fullmatch(text, c.end, after.start) if after is not None and after.label == "PERSON" else None
        if tail is not None and _RANK_WORD.search(tail.group()) is None:
            # ``Direktur Utama PLN EPI Iwan Agung Firstantara``: the unit's acronym
            out[-1] = Candidate(c.start, tail.end() - 1, "OFFICE", c.score, c.source, _longer_jurisdiction(c, text, tail.end() - 1))
            continue
        pieces, holder, end = [], None, c.end
        for e in entities[n:]:
            if pieces and e.label == "PERSON":
                last = end + (text[end : end + 1] == ")")
                if _HOLDER_GAP.fullmatch(text, last, e.start) is not None:
                    holder = e
                    break
            if e.label not in ("PERSON", "PLACE", "ORG") or _OFFICE_PIECE_GAP.fullmatch(text, end, e.start) is None:
                break
            pieces.append(e)
            end = e.end
        if holder is None:
            continue
        ranked = text[end + (text[end : end + 1] == ")") : holder.start] != " "  # a rank before the holder
        if not ranked and not any(p.label == "PERSON" and text.count(text[p.start : p.end]) == 1 for p in pieces):
            continue
        last = pieces[-1].end + (text[pieces[-1].end] == ")")
        out[-1] = Candidate(c.start, last, "OFFICE", c.score, c.source, _longer_jurisdiction(c, text, last))
        n += len(pieces)
    return out


def _longer_jurisdiction(office: Candidate, text: str, end: int) -> dict:
    """The attributes of ``office`` read on to ``end``: the words taken join its
    jurisdiction, or its aliases if they are one short form in parentheses."""
    attrs = dict(office.attrs)
    alias = _ALIAS_ONLY.fullmatch(text, office.end, end)
    if alias is not None:  # ``Ketua Dewan Pertimbangan Presiden (Wantimpres)``
        attrs["aliases"] = [*attrs.get("aliases", ()), alias.group(1)]
    elif attrs.get("jurisdiction"):
        attrs["jurisdiction"] = f"{attrs['jurisdiction']}{text[office.end : end]}"
    return attrs


#: ``Dedi Mulyadi (KDM)``, ``Abdurrahman Wahid (Gus Dur)``, ``Khofifah Indar Parawansa(KIP)``:
#: a short name in parentheses right after a person's
_PERSON_ALIAS_AFTER = regex.compile(r"[ ]?\((\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})\)")
_INITIALS = regex.compile(r"\p{Lu}{2,5}")
RETIRED_MARK_WORDS = frozenset(m.strip("().") for m in RETIRED_MARKS)


def _join_person_aliases(text: str, entities: list[Candidate]) -> list[Candidate]:
    """A short name in parentheses after a PERSON belongs to its span (ANNOTATION.md:
    ``Dedi Mulyadi (KDM)``): where the parentheses hold a PERSON the article uses, or
    capital initials that nothing else claims (``Luqman Hakim (LM)``). A party, place or
    office in parentheses (``Budi (PDIP)``, ``Budi (Kepala Diskominfo Sleman)``) stays
    apart, and so does a rank's mark (``(Purn)``)."""
    out: list[Candidate] = []
    skip_to = -1
    for n, c in enumerate(entities):
        if c.start < skip_to:
            continue
        m = _PERSON_ALIAS_AFTER.match(text, c.end) if c.label == "PERSON" and text[c.end - 1 : c.end] != ")" else None
        if m is not None and m.group(1) not in RETIRED_MARK_WORDS:
            inner = list(itertools.takewhile(lambda e: e.start < m.end(), entities[n + 1 :]))  # (sorted by start)
            alone = not inner and _INITIALS.fullmatch(m.group(1)) is not None
            same = len(inner) == 1 and inner[0].label == "PERSON" and (inner[0].start, inner[0].end) == m.span(1)
            if alone or same:
                out.append(Candidate(c.start, m.end(), c.label, c.score, c.source, dict(c.attrs)))
                skip_to = m.end()
                continue
        out.append(c)
    return out


_NOT_IN_PERSON = regex.compile(rf"(?:(?:{alternation(FORMS_OF_ADDRESS)}|{RANK})\s+)+")


_ACRONYM = regex.compile(r"[A-Z]{2,6}")
_LOWERCASE_WORD = regex.compile(r"(?<![\w@#/.-])[a-z][a-z-]*(?![\w-])")  # (not ``@prabowo``)


#: one-letter initials opening a name (``T. ``, ``A.``), set aside before the
#: everyday-word test
_LEADING_INITIALS = regex.compile(r"^(?:[A-Z]\.[ ]?)+")
_LABEL_WINDOW = 40  # characters before a span where its label noun (``kunci``) may stand
_LETTER_LABEL = regex.compile(rf"(?<![\w-])(?i:{alternation(LETTER_LABEL_NOUNS)})[ ]+$")


@functools.lru_cache(maxsize=256)
def _lowercase_words(text: str) -> frozenset[str]:
    """The words the text writes in lowercase (kept for the texts of the last batch or so)."""
    return frozenset(_LOWERCASE_WORD.findall(text))


def model_candidates(doc: Doc, *, score: float) -> list[Candidate]:
    """The statistical model's entities (``doc.ents``) as candidates.

    A PERSON span sheds leading forms of address and ranks (``Pak``, ``AKBP``), which
    ANNOTATION.md keeps outside the name; a span of nothing else, of any label, is
    dropped (the model's PLACE ``Kombes`` before a police officer's name). A span
    starting in lowercase is no name (``pemerintah provinsi``), nor is one capitalised
    word (after any one-letter initials: ``kunci T. Motor``) that the same article also
    writes in lowercase (``Vonis`` at a sentence start beside ``vonis``) or that is an everyday word in Indonesian news (``Rekaman``;
    :func:`beritaner.lexicon.common_words`): the model's guess is left out. The model's bare acronyms as ORG or
    PLACE (``DBD``, ``CCTV``, ``LHKPN``) are left out too: the organisation lexicon and the
    gazetteer know the acronyms that name bodies and places (``KPK``, ``BPBD``, ``KP3B``)
    and the ones an article defines in parentheses.
    """
    ents = tuple((ent.start_char, ent.end_char, ent.label_) for ent in doc.ents)
    cached = _MODEL_SPANS.get(doc)
    if cached is None or cached[0] != ents:
        keep = ModelSpanFilter(text_of(doc))
        spans = []
        for start, end, model_label in ents:
            label = MODEL_LABELS.get(model_label)
            if label is None:
                continue
            span = keep(label, start, end)
            if span is not None:
                spans.append((span[0], span[1], label))
        cached = (ents, spans)
        _MODEL_SPANS[doc] = cached
    return [Candidate(start, end, label, score, MODEL_SOURCE) for start, end, label in cached[1]]


#: the kept model spans of each live doc, with the entities they were read from (the
#: person recognizer and the resolver both ask; the filter runs once per doc)
_MODEL_SPANS: "weakref.WeakKeyDictionary[Doc, tuple[tuple, list[tuple[int, int, str]]]]" = weakref.WeakKeyDictionary()


#: numbers at the end of a span (``20.048``, ``156,3``)
_NUMBER_TAIL = regex.compile(r"(?:[ \t]+[\d][\d.,]*)+$")


class ModelSpanFilter:
    """The tests a span of the statistical model must pass (see :func:`model_candidates`);
    also applied to what is left of a model span cut around knowledge (``RUPSLB`` of the
    model's ``RUPSLB PLN`` beside the known ``PLN``)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowercase_words: set[str] | None = None
        self._list_numbers: tuple[int, ...] | None = None

    def __call__(self, label: str, start: int, end: int) -> tuple[int, int] | None:
        """The span to keep (a PERSON without its leading rank), or None."""
        text = self.text
        if _NOT_IN_PERSON.fullmatch(text[start:end] + " "):
            return None  # a rank or a form of address alone (``Kombes``, ``Pak``) is no entity
        if label == "PERSON":
            lead = _NOT_IN_PERSON.match(text + " ", start, end + 1)
            if lead:
                start = min(lead.end(), end)
            first, _, rest = text[start:end].partition(" ")
            if rest and first in NOT_NAME_OPENERS:
                start += len(first) + 1  # ``Berdasarkan Laporan``: a sentence opener is no name's
            words = text[start:end].split()
            if any(word in ENGLISH_FUNCTION_WORDS for word in words):
                return None  # ``The President Center``: a body's name, not a person's
            if any(part in NEVER_IN_NAMES for word in words for part in (word, *word.split("-"))):
                return None  # ``Tafsir Al-Qur'an``: a thing's name, not a person's
            tail = _NUMBER_TAIL.search(text, start, end)
            if tail is not None:  # ``Gibran 20.048`` in a table of votes: no number is a name
                end = tail.start()
        if text.count("(", start, end) > text.count(")", start, end):
            if text[end : end + 1] == ")" and text.count("(", start, end) == text.count(")", start, end + 1):
                end += 1  # ``Khofifah Indar Parawansa(KIP``: the alias's bracket closes right after
            elif text[start] != "(":
                end = len(text[:text.rfind("(", start, end)].rstrip())  # an alias cut off mid-way is not the name's
        while end > start and text[end - 1] == ")" and text.count("(", start, end) < text.count(")", start, end):
            end -= 1  # ``Gulkarmat)`` of ``(Gulkarmat)``: a bracket closed outside the span is not its own
        while end > start and text[start] == "(" and text.count(")", start, end) < text.count("(", start, end):
            start += 1
        if self._list_numbers is None:
            self._list_numbers = list_number_points(text)
        for point in self._list_numbers:
            if start < point < end:
                end = point  # ``Tbk5`` of a flattened list: the item's number is not the name's
                break
        if end <= start or text[start].islower() or not any(ch.isalpha() for ch in text[start:end]):
            return None  # (``2.``: a list number is no name)
        if label == "PERSON" and end - start == 2 and text[start + 1] == "." and text[end : end + 1] in ("", " ", "\n"):
            end -= 1  # ``kata E.``: the initial ends the sentence; the full stop is not its own
        words = text[start:end]
        if label in ("ORG", "PLACE") and _ACRONYM.fullmatch(words):
            return None  # a bare acronym (DBD, CCTV, LHKPN): known ones come from knowledge
        if label == "PERSON":
            if _LETTER_LABEL.search(text, max(0, start - _LABEL_WINDOW), start) and _LEADING_INITIALS.match(words):
                return None  # "kunci T. Motor": the T-shaped key, not a person's initial
            words = _LEADING_INITIALS.sub("", words)  # an initial does not make a noun a name
            if words in NOT_NAME_WORDS or words in TITLE_WORDS:
                return None  # ``Gunung`` (a type word alone), ``Pak Menteri``: no one's name
        if words and " " not in words and words[1:].islower():
            if self._lowercase_words is None:
                self._lowercase_words = _lowercase_words(text)
            if words.lower() in self._lowercase_words or words.lower() in common_words():
                return None  # "Vonis" opening a sentence: an everyday word, not a name
        return start, end


class Resolver:
    """spaCy component: settles candidates into ``doc._.beritaner_entities``."""

    def __init__(self, *, certain: float = 0.85, model_score: float = 0.75) -> None:
        """
        certain: knowledge candidates scoring at least this outrank the model.
        model_score: the score given to the statistical model's entities.
        """
        self.certain = certain
        self.model_score = model_score

    def __call__(self, doc: Doc) -> Doc:
        entities = resolve(
            text_of(doc),
            candidates_of(doc),
            model_candidates(doc, score=self.model_score),
            certain=self.certain,
        )
        doc._.set(ENTITIES, [e.to_dict() for e in entities])
        spans = []
        for e in entities:
            span = doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPAN_KEY] = spans
        doc.ents = filter_spans(spans)
        return doc


@Language.factory(
    "beritaner_resolver",
    default_config={"certain": 0.85, "model_score": 0.75},
)
def make_resolver(nlp: Language, name: str, certain: float, model_score: float) -> Resolver:
    return Resolver(certain=certain, model_score=model_score)


__all__ = ["Resolver", "resolve", "model_candidates"]
