"""Small facts about a text's layout that several components need."""

from __future__ import annotations

import regex

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


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line written in Title Case, such as a headline."""
    spans = []
    for line in _LINE.finditer(text):
        words = _WORD.findall(line.group())
        long_words = [w for w in words if len(w) > 3] or words
        if (
            3 <= len(words) <= HEADLINE_MAX_WORDS
            and not _SENTENCE_END.search(line.group())
            and sum(w[0].isupper() for w in long_words) >= TITLE_CASE_SHARE * len(long_words)
        ):
            spans.append(line.span())
    return spans


def alternation(words) -> str:
    """A regex alternation of ``words``, escaped, longest first (so ``Kombes Pol`` is
    tried before ``Kombes``)."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
