"""Small facts about a text's layout that several components need."""

from __future__ import annotations

import regex

_LINE = regex.compile(r"[^\n]+")
_WORD = regex.compile(r"[^\W\d_]+")
#: A line is a headline when at least this share of its words (and at least three
#: words) start with a capital: there, capitals say nothing about names.
TITLE_CASE_SHARE = 0.7


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line written in Title Case, such as a headline."""
    spans = []
    for line in _LINE.finditer(text):
        words = _WORD.findall(line.group())
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words):
            spans.append(line.span())
    return spans
