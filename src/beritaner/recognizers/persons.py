"""PERSON patterns the statistical model does not know about.

The model finds most names. These patterns add what follows from the annotation
rules rather than from the name itself:

* ``honorific`` — an honorific or academic abbreviation and the name after it belong to
  one span: ``H. Andra Soni``, ``Dr. Ir. Siti Nurbaya, M.Sc.``.
* ``rank`` — a police/military rank is not part of the name: ``AKBP Samian`` → ``Samian``
  (rank kept as an attribute); initials after a rank are a person (``Brigpol EA``).
* ``initials`` — capital initials after a crime-news trigger: ``tersangka RS``; one
  capital after ``berinisial``: ``pria berinisial F``.
* ``signoff`` — the reporter's name in parentheses closing an article: ``(Hadi)``.
* ``address`` — a name after a form of address, without it: ``Pak Andra`` → ``Andra``.
* ``age`` — a name or initials followed by an age in parentheses: ``Sulastri (45)``,
  ``AF (31)``.
* ``byline`` — the name after a credit label: ``Pewarta: Rina Lestari``.

And from the document as a whole (scores below "certain": they fill gaps only):

* ``speech`` — the capitalised words after a speech verb: ``ujar Andra Soni``.
* ``apposition`` — the capitalised words right after an OFFICE another recognizer
  proposed: ``Bupati Lebak Hasbi Jayabaya``.
* ``repeat`` — every other mention of a name found as a PERSON anywhere in the article
  (by the model or the patterns), and of its single words (``Andra`` for ``Andra
  Soni``) unless the article also uses that word in lowercase.

Nothing is proposed where another recognizer proposed an OFFICE, PLACE, ORG or DATE.
"""

from __future__ import annotations

import regex
from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from ..candidates import Candidate, proposed_spans, text_of
from ..lang.id.persons import (
    BASE_RANKS,
    HONORIFIC_PREFIXES,
    NAME_LIKE_HONORIFICS,
    NAME_PARTICLES,
    PATRONYMIC_PARTICLES,
    BALINESE_NAME_WORDS,
    DEGREE_SUFFIX_PATTERN,
    FORMS_OF_ADDRESS,
    INITIALS_TRIGGERS,
    LETTER_LABEL_NOUNS,
    NAME_ABBREVIATIONS,
    ROLES_BEFORE_NAMES,
    SINGLE_INITIAL_TRIGGERS,
    TERM_WORDS,
    NOT_INITIALS,
    NOT_NAME_WORDS,
    NEVER_IN_NAMES,
    ENGLISH_FUNCTION_WORDS,
    BYLINE_LABELS,
    SPEECH_VERBS,
)
from ..lang.id.offices import TITLE_WORDS
from ..lexicon import common_words
from ..names import HONORIFICS, bare_name
from ..resolve import model_candidates
from ..text import RANK, TICKET_HYPHEN, alternation, title_case_lines
from . import openings
from ._base import Recognizer
from .scan import mentions

# a name word; "?" stands where a scraper lost a curly apostrophe (Ma?ruf)
_WORD = rf"[A-Z][a-z'’]+(?:\?[a-z]+)?(?:-(?!(?:{alternation(NAME_PARTICLES)})\b)[A-Za-z][a-z'’]+)?"
#: a Balinese name opens with ``I`` or ``Ni`` before a birth-order or caste word (``I Gede Sudyatmaja``)
_BALINESE_LEAD = rf"(?:(?:I|Ni)[ ](?=(?:{alternation(BALINESE_NAME_WORDS)})\b))?"
_NAME = rf"{_BALINESE_LEAD}{_WORD}(?:[ ]{_WORD}){{0,3}}"
_INITIALS = rf"(?!(?:{'|'.join(sorted(NOT_INITIALS, key=len, reverse=True))})\b)[A-Z]{{2,4}}\b"


_DEGREES = rf"(?:,?[ ](?:{DEGREE_SUFFIX_PATTERN}))"

#: (name, pattern, score). Group ``span`` is the PERSON span; ``rank`` if present.
PATTERNS: tuple[tuple[str, regex.Pattern, float], ...] = (
    (
        "honorific",
        regex.compile(
            rf"(?<![\w.])(?<!\d[ ])(?P<span>(?:(?:{HONORIFICS})[ ]?){{1,3}}{_NAME}{_DEGREES}{{0,3}})",
            regex.V1,
        ),
        0.9,
    ),
    (
        "rank",
        regex.compile(
            rf"(?<![\w.])(?P<rank>{RANK})[ ](?P<span>{_NAME}|{_INITIALS})",
            regex.V1,
        ),
        0.88,
    ),
    (
        "initials",
        regex.compile(
            rf"(?<!\w)(?i:{alternation(INITIALS_TRIGGERS)})[ ](?P<span>{_INITIALS})"
            r"(?![ ]?[-–][ ]?[A-Z])",
            regex.V1,
        ),
        0.88,
    ),
    (
        "initial",
        regex.compile(rf"(?<!\w)(?i:{alternation(SINGLE_INITIAL_TRIGGERS)})[ ](?P<span>[A-Z])(?![\w.’'-])", regex.V1),
        0.86,
    ),
    (
        "signoff",
        regex.compile(r"\((?P<span>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)\)[ \t]*\s*\Z"),
        0.9,
    ),
    (
        "age",
        regex.compile(rf"(?<![\w.])(?P<span>{_NAME}|{_INITIALS})(?=[ ]?\((?:[1-9]\d)(?:[ ]?(?:tahun|th))?\))"),
        0.86,
    ),
    (
        "byline",
        regex.compile(rf"(?m)^[ \t]*(?:{alternation(BYLINE_LABELS)})[ \t]*:[ \t]*(?P<span>{_NAME})"),
        0.9,
    ),
    (
        "address",
        regex.compile(
            rf"(?<!\w)(?:{alternation(FORMS_OF_ADDRESS)})[ ](?P<span>(?!Kota\b|Negara\b|Pertiwi\b|(?:{alternation(TITLE_WORDS)})\b){_NAME})",
            regex.V1,
        ),
        0.86,
    ),
)

_TIMEOUT = 5.0
#: The words each pattern's matches begin with: it is tried only where one stands
#: (:mod:`beritaner.recognizers.openings`); ``byline`` starts at a line's start and
#: ``age`` is tried before each age mark.
_OPENINGS = {
    "honorific": HONORIFIC_PREFIXES - NAME_LIKE_HONORIFICS,
    "rank": BASE_RANKS,
    "initials": INITIALS_TRIGGERS,
    "initial": SINGLE_INITIAL_TRIGGERS,
    "signoff": ("(",),
    "address": FORMS_OF_ADDRESS,
}
for _name, _pattern, _score in PATTERNS:
    if _name in _OPENINGS:
        openings.declare(_pattern, _OPENINGS[_name])
_AGE_MARK = regex.compile(r"[ ]?\([1-9]\d(?:[ ]?(?:tahun|th))?\)")
#: how far before an age in parentheses its name may begin (four name words)
_AGE_REACH = 100


def _age_matches(text: str, pattern: regex.Pattern):
    """The age pattern's matches, tried only just before each ``(45)``: the same matches
    as a search of the whole text, without a try at every capital of it."""
    seen: set[tuple[int, int]] = set()
    for mark in _AGE_MARK.finditer(text):
        for match in pattern.finditer(text, max(0, mark.start() - _AGE_REACH), mark.end(), timeout=_TIMEOUT):
            if match.span() not in seen and match.end() == mark.start():
                seen.add(match.span())
                yield match
_NOT_NAME_LEAD = regex.compile(
    r"(?:(?:%s)[ ]+)+" % "|".join(
        regex.escape(w)
        for w in sorted(NOT_NAME_WORDS | {t.capitalize() for t in INITIALS_TRIGGERS} | FORMS_OF_ADDRESS, key=len, reverse=True)
    )
)


def find_persons(text: str) -> list[Candidate]:
    """PERSON candidates from the patterns above, with character offsets into ``text``."""
    found: list[Candidate] = []
    for name, pattern, score in PATTERNS:
        for match in _age_matches(text, pattern) if name == "age" else openings.finditer(pattern, text, timeout=_TIMEOUT):
            start, end = match.span("span")
            lead = _NOT_NAME_LEAD.match(text, start, end)
            if lead:  # "Korban Sulastri (45)": the sentence's first word is no name
                start = lead.end()
            if end - start < (1 if name == "initial" else 2):
                continue
            attrs = {"pattern": name}
            if "rank" in pattern.groupindex and match.group("rank"):
                attrs["rank"] = match.group("rank")
            found.append(Candidate(start, end, "PERSON", score, "persons", attrs))
    return found


_IS_INITIALS = regex.compile(r"[A-Z]{2,4}")
CONTEXT_SCORE = 0.8
REPEAT_SCORE = 0.78
#: One word of a name: ``Andra``, ``Ma'ruf``, ``Abdul-Rahman``, or a short abbreviation
#: like ``Moh.`` or ``M.`` (only before another word).
_NAME_WORD = regex.compile(
    rf"(?:(?:{alternation(NAME_ABBREVIATIONS)})[ ]?(?=[A-Z]))?[A-Z][a-z'’]+(?:\?[a-z]+)?"
    rf"(?:-(?!(?:{alternation(NAME_PARTICLES)})(?![a-z]))[A-Za-z][a-z]+)?"
    rf"|I(?=[ ](?:{alternation(BALINESE_NAME_WORDS)})\b)"
)
_SPEECH = openings.declare(regex.compile(
    rf"(?<!\w)(?:{alternation(SPEECH_VERBS)})[ ]+(?=[A-Z])", regex.IGNORECASE
), SPEECH_VERBS)
#: between an office and its holder's name: a comma, a rank, the term (``Periode 2019-2024``)
_AFTER_OFFICE = regex.compile(
    rf"(?:[ \t]+(?i:{alternation(TERM_WORDS)})[ \t]+\d{{4}}(?:[ \t]*[-–/][ \t]*\d{{4}})?)?"
    rf"[ \t]*,?[ \t]*(?:(?:{RANK})[ ]+)?(?=[A-Z])"
)
_RANK_START = regex.compile(rf"(?:{RANK})\b")
_MAX_NAME_WORDS = 4
#: ``bin``/``binti`` between two name words (the lowercase word does not count as one)
_PATRONYMIC = regex.compile(rf"[ ](?:{alternation(PATRONYMIC_PARTICLES)})(?=[ ]\p{{Lu}})")


def _name_run(text: str, pos: int, blocked: list[bool], known: frozenset[str] = frozenset(), max_words: int = _MAX_NAME_WORDS) -> int:
    """End of the run of capitalised name words starting at ``pos`` (``pos`` if none).

    A hyphen before a name in ``known`` ends the run: ``Ganjar-Mahfud`` and
    ``Prabowo Subianto-Gibran Rakabuming Raka`` are two people (a ticket), not one."""
    end = pos
    words = 0
    while words < max_words:
        particle = _PATRONYMIC.match(text, end) if words else None
        if particle is not None:  # ``Habib Luthfi bin Yahya``: ``bin`` joins the father's name
            end = particle.end()
        match = _NAME_WORD.match(text, end if words == 0 else end + 1)
        if words and (end >= len(text) or text[end] != " "):
            break
        if match is None or match.group() in NOT_NAME_WORDS or _RANK_START.match(match.group()):
            break
        if words == 0 and match.group() in TITLE_WORDS:
            break  # ``ujar Deputi bidang …``: a title, not a name (the office speaks)
        if any(blocked[match.start() : match.end()]):
            break
        first, hyphen, rest = match.group().partition("-")
        if hyphen and rest.split()[0] in known:
            return match.start() + len(first)
        end = match.end()
        words += 1
    return end


def _known_run(text: str, end: int, blocked: list[bool], known: frozenset[str]) -> int:
    """In a headline, a name runs on only over words the article knows as name words
    (``Jacob Louhenapessy`` in ``Jacob Louhenapessy Resmi Jabat …``)."""
    while True:
        match = _NAME_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        if match is None or match.group() not in known or any(blocked[match.start() : match.end()]):
            return end
        end = match.end()


#: a role of a case, then the person in it (:data:`ROLES_BEFORE_NAMES`)
_ROLE_BEFORE_NAME = openings.declare(regex.compile(
    rf"(?<![\w-])(?i:{alternation(ROLES_BEFORE_NAMES)})(?:[ \t]*,)?[ \t]+(?=\p{{Lu}}\p{{Ll}})"
), ROLES_BEFORE_NAMES)


def find_in_context(doc: Doc, blocked: list[bool]) -> list[Candidate]:
    """PERSON candidates after speech verbs, after roles that are no office and after
    proposed OFFICEs (not in headlines, where every word is capitalised)."""
    text = text_of(doc)
    headline = [False] * (len(text) + 1)
    for start, end in title_case_lines(text):
        headline[start:end] = [True] * (end - start)
    starts = [m.end() for m in openings.finditer(_SPEECH, text, timeout=_TIMEOUT)]
    starts += [m.end() for m in openings.finditer(_ROLE_BEFORE_NAME, text, timeout=_TIMEOUT)]
    for _start, end, label in proposed_spans(doc):
        if label == "OFFICE":
            match = _AFTER_OFFICE.match(text, end)
            if match:
                starts.append(match.end())
    out = []
    for start in starts:
        if start < len(text) and not blocked[start] and not headline[start]:
            end = _name_run(text, start, blocked)
            if end > start:
                out.append(Candidate(start, end, "PERSON", CONTEXT_SCORE, "persons", {"pattern": "context"}))
    return out


#: a word the article writes in lowercase; not a handle, hashtag, address or domain
#: (``@prabowo`` does not make Prabowo an everyday word)
_LOWERCASE_WORD = regex.compile(r"(?<![@#/.])\b[a-z][a-z'’]+\b")


def find_repeats(text: str, names: set[str], blocked: list[bool]) -> list[Candidate]:
    """Every other mention of the names (and of their single words)."""
    lowercase_words = set(_LOWERCASE_WORD.findall(text))
    forms: dict[str, float] = {}
    # the two names of a ticket (``Prabowo Subianto-Gibran Rakabuming Raka``) are names too
    names = names | {part for name in names for part in TICKET_HYPHEN.split(name) if part != name}
    names = {  # The President Center, Musabaqah Tilawatil Qur'an (MTQ)
        name for name in names if ENGLISH_FUNCTION_WORDS.isdisjoint(name.split()) and NEVER_IN_NAMES.isdisjoint(name.split())
    }
    for name in names:
        words = name.split()
        if len(words) > 1 or _IS_INITIALS.fullmatch(name) or (len(name) == 1 and name.isupper()):
            forms[name] = CONTEXT_SCORE
        for word in words:
            if (
                len(word) >= 3
                and word[0].isupper()
                and word[1:].islower()
                and word not in NOT_NAME_WORDS
                and word not in FORMS_OF_ADDRESS
                and word.lower() not in lowercase_words
            ):
                forms.setdefault(word, REPEAT_SCORE)
    if not forms:
        return []
    known = frozenset(forms)
    headline = [False] * (len(text) + 1)
    for start, end in title_case_lines(text):  # capitals there say nothing of names
        headline[start:end] = [True] * (end - start)
    out = []
    for start, found in mentions(text, forms, _NAME_START):
        if any(blocked[start : start + len(found)]):
            continue
        if len(found) == 1 and (_LETTER_BEFORE.search(text, max(0, start - 20), start) or _initial_of_a_name(text, start)):
            continue  # ``huruf F``, ``F. Rahman``: a letter, not the person's initial
        # a known word followed by more name words is a fuller form of the name (not
        # in a headline, and not across the hyphen of a ticket: Ganjar-Mahfud)
        end = start + len(found)
        if headline[start]:
            end = _known_run(text, end, blocked, known)
        elif text[end : end + 1] != "-":
            # (from the form's last word: an initial opening it is no run of its own, ``M Fankar Umran``)
            last_word = found.count(" ")
            end = max(end, _name_run(text, start + found.rfind(" ") + 1, blocked, known, max(1, _MAX_NAME_WORDS - last_word)))
        score = forms[found] if end == start + len(found) else CONTEXT_SCORE
        out.append(Candidate(start, end, "PERSON", score, "persons", {"pattern": "repeat"}))
    return out


_NEXT_WORD = regex.compile(r"\.[ ]+(?P<word>\p{Lu}\p{Ll}+)")


def _initial_of_a_name(text: str, start: int) -> bool:
    """``F. Rahman``: a letter with a full stop before a name word; not ``ujar F. Paket
    itu …``, where the full stop ends the sentence (the next word is an everyday word)."""
    m = _NEXT_WORD.match(text, start + 1)
    if m is None:
        return False
    word = m.group("word").lower()
    return word not in common_words() and word not in STOP_WORDS


_LETTER_BEFORE = regex.compile(rf"(?<![\w-])(?i:{alternation(LETTER_LABEL_NOUNS)})[ ]+$")
#: where a repeated name may start: not inside a word, nor right after a full stop (``H.``)
_NAME_START = regex.compile(r"(?<![\w.])\w")


class PersonRecognizer(Recognizer):
    """spaCy component proposing PERSON candidates (see the module docstring).

    It runs after the model and the other knowledge recognizers, whose proposals it
    reads (never changes) to know where names cannot be.
    """

    source = "persons"

    def find(self, doc: Doc) -> list[Candidate]:
        text = text_of(doc)
        blocked = [False] * (len(text) + 1)
        for start, end, label in proposed_spans(doc):
            if label != "PERSON":
                blocked[start:end] = [True] * (end - start)
        headlines = title_case_lines(text)
        found = [
            _headline_trimmed(text, c, headlines) for c in find_persons(text) if not any(blocked[c.start : c.end])
        ]
        found += find_in_context(doc, blocked)
        found = [c for c in found if text[c.start : c.end] not in FORMS_OF_ADDRESS]  # ``pesan Bu Gubernur``
        names = {text[c.start : c.end] for c in found if c.attrs.get("pattern") != "signoff"}
        model_names = [c for c in model_candidates(doc, score=0.0) if c.label == "PERSON"]  # minus its known slips
        names |= {text[c.start : c.end] for c in model_names if not any(start <= c.start < end for start, end in headlines)}
        names |= _headline_names_in_the_body(text, model_names, headlines)
        names = {bare_name(n) for n in names}
        names = {n for n in names if not _no_name(n)}
        names |= _aliases(text, names)
        return found + find_repeats(text, {n for n in names if n}, blocked)


def _headline_trimmed(text: str, cand: Candidate, headlines: list[tuple[int, int]]) -> Candidate:
    """A name read in a Title Case headline ends at its last word that the body also
    writes (``Komjen (Purn) Luki Hermawan Masuk TPN …``: ``Masuk`` is the headline's verb)."""
    line = next(((s, e) for s, e in headlines if s <= cand.start < e), None)
    if line is None or cand.attrs.get("pattern") in ("byline", "signoff"):
        return cand  # a credit line names people once, at the end
    body = text[: line[0]] + " " + text[line[1] :]
    words = list(regex.finditer(r"\S+", text[cand.start : cand.end]))
    keep = len(words)
    while keep > 1 and not regex.search(rf"(?<!\w){regex.escape(words[keep - 1].group())}(?!\w)", body):
        keep -= 1
    if keep == len(words):
        return cand
    return Candidate(cand.start, cand.start + words[keep - 1].end(), cand.label, cand.score, cand.source, dict(cand.attrs))


def _headline_names_in_the_body(text: str, model_names: list[Candidate], headlines: list[tuple[int, int]]) -> set[str]:
    """Names the model read in a Title Case headline that the body writes again, with
    its capitals (``… di Atas Anies dan Ganjar`` and a table of ``Anies-Cak Imin 51.104``):
    where every word has a capital the model's guess counts only once the body confirms it."""
    body = text
    for start, end in headlines:
        body = body[:start] + " " * (end - start) + body[end:]
    out = set()
    for c in model_names:
        if any(start <= c.start < end for start, end in headlines):
            name = text[c.start : c.end]
            if regex.search(rf"(?<![\w-]){regex.escape(name)}(?!\w)", body):
                out.add(name)
    return out


def _no_name(name: str) -> bool:
    """A proposed name that is only everyday words (``Hari Ulang Tahun``, ``Industri
    Kecil``), a form of address or a title (``Pak``, ``Dirjen``): its repeats are not
    looked for."""
    words = name.split()
    common = common_words()
    return all(w.lower() in common or w in FORMS_OF_ADDRESS or w in TITLE_WORDS for w in words)


_ALIAS_AFTER = regex.compile(r"[ \t]*\((?P<alias>[A-Z][A-Za-z]{1,11})\)")


def _aliases(text: str, names: set[str]) -> set[str]:
    """Short names an article gives in parentheses after a full name (``Syahrul Yasin
    Limpo (SYL)``): a bare ``SYL`` later is the same person."""
    out = set()
    for name in names:
        if " " not in name:
            continue
        position = text.find(name)
        while position != -1:
            match = _ALIAS_AFTER.match(text, position + len(name))
            if match:
                out.add(match.group("alias"))
            position = text.find(name, position + 1)
    return out


@Language.factory("beritaner_persons")
def make_person_recognizer(nlp: Language, name: str) -> PersonRecognizer:
    return PersonRecognizer()
