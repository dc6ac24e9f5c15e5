"""Small facts about a text's layout that several components need."""

from __future__ import annotations

import functools

import regex

from .lang.id.persons import BASE_RANKS, BYLINE_LABELS, READ_ALSO_LABELS, RETIRED_MARKS
from .lexicon import everyday_words

_LINE = regex.compile(r"[^\n]+")
_WORD = regex.compile(r"[^\W\d_]+")
#: A line is a headline when it has 3 to ``HEADLINE_MAX_WORDS`` words, does not end
#: like a sentence, and at least ``TITLE_CASE_SHARE`` of its words of four letters or
#: more (short function words ``di``, ``ke``, ``dan`` stay lowercase in headlines)
#: start with a capital:
#: there, capitals say nothing about names. (Body sentences full of names and titles
#: are also mostly capitalised, but they end with a full stop.)
TITLE_CASE_SHARE = 0.7
HEADLINE_MAX_WORDS = 25
#: A question or exclamation mark does not end a headline's test: headlines ask
#: (``Siapa Cawapres Ganjar?``) and exclaim; body lines end with a full stop or a quote.
_SENTENCE_END = regex.compile(r"[.\"”’)]\s*$")
_NOT_LIST_ITEM = regex.compile(rf"\s*(?:(?:{'|'.join(BYLINE_LABELS)})\s*:|{'|'.join(READ_ALSO_LABELS)})", regex.I)


@functools.lru_cache(maxsize=256)
def title_case_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every line written in Title Case, such as a headline.

    Not the items of a list in the body: two or more Title Case lines in a row after the
    body has begun (``Rahmad Pribadi sebagai Direktur Utama`` / ``Wono Budi Tjahyono
    sebagai Direktur Keuangan``) are sentences without a full stop, where capitals are
    names again.

    Several components ask about the same text: the answer is kept for the last 256 texts
    (``nlp.pipe`` runs each component over a whole batch before the next one).
    """
    lines = list(_LINE.finditer(text))
    flags = [_is_title_case(line.group()) for line in lines]
    # a credit (``Pewarta: …``) or a link to another article (``Baca Juga …``) is no list item
    items = [f and not _NOT_LIST_ITEM.match(line.group()) for f, line in zip(flags, lines)]
    body = next((i for i, line in enumerate(lines) if _SENTENCE_END.search(line.group())), len(lines))
    spans = []
    for i, line in enumerate(lines):
        if not flags[i]:
            continue
        in_list = i > body and items[i] and ((i > 0 and items[i - 1]) or (i + 1 < len(lines) and items[i + 1]))
        if not in_list:
            spans.append(line.span())
    return tuple(spans)


def _is_title_case(line: str) -> bool:
    words = _WORD.findall(line)
    long_words = [w for w in words if len(w) > 3] or words
    return (
        3 <= len(words) <= HEADLINE_MAX_WORDS
        and not _SENTENCE_END.search(line)
        and sum(w[0].isupper() for w in long_words) >= TITLE_CASE_SHARE * len(long_words)
    )


def alternation(words) -> str:
    """A regex alternation of ``words``, escaped, longest first (so ``Kombes Pol`` is
    tried before ``Kombes``)."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


#: A rank as written before a name, with its retired mark if any (``Komjen (Purn)``): one
#: pattern for :data:`beritaner.lang.id.persons.RANKS`, far cheaper to compile than the
#: alternation of every rank-and-mark pair.
RANK = rf"(?:{alternation(BASE_RANKS)})(?:[ ](?:{alternation(RETIRED_MARKS)}))?"


#: the hyphen between the two names of a ticket (``Ganjar Pranowo-Mahfud MD``)
TICKET_HYPHEN = regex.compile(r"(?<=\p{L})-(?=\p{Lu})")

#: a number of a flattened list glued to the item before it (``… (Persero) Tbk4. Wakil
#: Menteri …``), and a list number where a line or the text begins
_GLUED_LIST_NUMBER = regex.compile(r"(?<=\p{L})(\d{1,2})\.[ ]+(?=\p{Lu})")
_LIST_NUMBER = regex.compile(r"(?:^|(?<=[\n)]))[ \t]*(\d{1,2})\.[ ]+(?=\p{Lu})", regex.M)


@functools.lru_cache(maxsize=256)
def list_number_points(text: str) -> tuple[int, ...]:
    """Offsets where a list item's number is glued to the word before it: ``Tbk4.`` is
    taken for item 4 only where item 3 came before it (glued or not), so ``Covid19.``
    stays a word. The word views and the resolver all ask: kept for the last 256 texts."""
    if not _GLUED_LIST_NUMBER.search(text):
        return ()
    seen = {int(m.group(1)) for m in _LIST_NUMBER.finditer(text)}
    points = []
    for m in _GLUED_LIST_NUMBER.finditer(text):
        number = int(m.group(1))
        if number - 1 in seen:
            points.append(m.start())
        seen.add(number)
    return tuple(points)


_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}]+(?![\p{L}\p{N}'’-])")
_ACRONYM_THEN_NAME = regex.compile(r"\p{Lu}{2,}(?P<rest>\p{Lu}\p{Ll}{2,})")
#: two capitalised words glued (``JakartaBank``, ``BantenAndra``; brands such as
#: ``YouTube`` or ``TikTok`` are glued by design and stay whole)
_PLACE_THEN_WORD = regex.compile(r"(?P<head>\p{Lu}\p{Ll}{2,})(?P<rest>\p{Lu}\p{Ll}{2,})")
#: the shortest name a glued word may begin with (``Jatim`` of ``Jatimini``)
_GLUED_HEAD_MIN = 3
#: how often the article must write the name alone (``Ramadan`` beside one ``Rama Wijaya``
#: is no ``Rama`` glued to ``dan``)
_GLUED_HEAD_SEEN = 2


@functools.lru_cache(maxsize=256)  # the words, the place view and the resolver all ask
def glue_points_by_evidence(text: str) -> tuple[int, ...]:
    """Where a scraper dropped a space that the same article writes elsewhere.

    * a capitalised word once in the article, made of a word the article writes on its
      own at least twice and an everyday word (``Kusnadidilaporkan`` beside ``Kusnadi``,
      ``Subiantodi``, ``Jatimini``): the point between them;
    * an acronym glued to a name the article writes on its own (``RIPrabowo`` beside
      ``Prabowo``): the point before the name. ``JIExpo``, its only form, stays whole;
    * two capitalised words glued, the first a province, regency or city (a dateline:
      ``JakartaBank Indonesia``) or the second written alone elsewhere: the point
      between them. ``YouTube`` stays whole.
    """
    words = [(m.start(), m.group()) for m in _CAPITALISED.finditer(text)]
    counts: dict[str, int] = {}
    for _, word in words:
        counts[word] = counts.get(word, 0) + 1
    everyday = everyday_words()
    cut_at: dict[str, int] = {}  # a glued word -> where in it the glue is
    for word, n in counts.items():
        if n > 1 or len(word) < _GLUED_HEAD_MIN + 2:
            continue
        if word[1:].islower():
            if word.lower() in everyday:
                continue
            for k in range(len(word) - 2, _GLUED_HEAD_MIN - 1, -1):  # the shortest everyday tail first
                if word[k:] in everyday and counts.get(word[:k], 0) >= _GLUED_HEAD_SEEN:
                    cut_at[word] = k
                    break
        elif (acronym := _ACRONYM_THEN_NAME.fullmatch(word)) is not None:
            if counts.get(acronym.group("rest")):
                cut_at[word] = acronym.start("rest")
        elif (camel := _PLACE_THEN_WORD.fullmatch(word)) is not None:
            if counts.get(camel.group("rest")) or _is_region_name(camel.group("head")):
                cut_at[word] = camel.start("rest")
    if not cut_at:
        return ()
    return tuple(start + cut_at[word] for start, word in words if word in cut_at)


def _is_region_name(name: str) -> bool:
    """Whether ``name`` is a province, regency or city of the Kemendagri list."""
    from . import gazetteer

    d = gazetteer.data()
    return any(d.regions[c].level in ("provinsi", "kabupaten", "kota") for c in gazetteer.codes_for_key(gazetteer.key(name)))
