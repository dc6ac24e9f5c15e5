"""The news tokenizer: spaCy's Indonesian rules plus what scraped news needs.

* ``(19/2/2026)`` keeps ``19/2/2026`` one token (spaCy splits ``/`` between digits).
* Abbreviations in :mod:`beritaner.lang.id.abbreviations` stay whole.
* Bounded time: spaCy's affix splitting is quadratic on one long run of punctuation
  (40,000 parentheses take minutes). A whitespace-free run longer than
  ``max_run`` characters is cut into fixed-size tokens instead; everything else goes
  through spaCy's tokenizer unchanged, and ``doc.text`` always equals the input.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import regex
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.attrs import ORTH
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from .candidates import remember_text
from .lang.id.abbreviations import TOKEN_ABBREVIATIONS

# Standard-library patterns, so spaCy can serialise them with the tokenizer.
DATE_TOKEN = re.compile(r"^\d{1,2}/\d{1,2}(?:/\d{2,4})?$")
#: A word of letters joined by hyphens (reduplication ``anak-anak``, ``Kupu-Kupu``,
#: compounds ``Soekarno-Hatta``) stays one token.
HYPHENATED = re.compile(r"^[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)+$")
_TOKEN_MATCH = re.compile(f"{DATE_TOKEN.pattern}|{HYPHENATED.pattern}")
DEFAULT_MAX_RUN = 200
_PIECE = 50


def _whole_word(exceptions: dict, key: str) -> bool:
    """A special case that only keeps one hyphenated word whole (``ADIK-BERADIK``)."""
    return exceptions[key] == [{ORTH: key}] and bool(HYPHENATED.match(key) or HYPHENATED.match(key.lower()))


_whole_words_cache: list = [None, -1, frozenset()]  # the last table, its size, its whole words


def _whole_words(exceptions: dict) -> frozenset[str]:
    """The keys of ``exceptions`` that only keep a hyphenated word whole (computed once
    for spaCy's table: both :func:`news_rules` and :func:`capitals_kept_whole` read it)."""
    table, size, found = _whole_words_cache
    if table is not exceptions or size != len(exceptions):
        found = frozenset(k for k in exceptions if _whole_word(exceptions, k))
        _whole_words_cache[:] = [exceptions, len(exceptions), found]
    return found


def news_rules(exceptions: dict) -> dict:
    """spaCy's tokenizer exceptions plus our abbreviations (as written, capitalised and
    in capitals), each kept as one token.

    spaCy's Indonesian exceptions are mostly (15,573 of 15,963) hyphenated words kept
    whole (``anak-anak``, ``Kupu-Kupu``); :data:`HYPHENATED` keeps every such word whole
    through ``token_match`` instead, and their capitalised forms (``ANAK-ANAK``, 3,896
    of them) through :func:`capitals_kept_whole`, so they are left out here: loading
    16,000 special cases (then 4,359) was most of the pipeline's start-up time.
    """
    whole = _whole_words(exceptions)
    rules = {k: v for k, v in exceptions.items() if k not in whole}
    for abbr in TOKEN_ABBREVIATIONS:
        for form in {abbr, abbr[0].upper() + abbr[1:], abbr.upper()}:
            rules[form] = [{ORTH: form}]
    return rules


def capitals_kept_whole(exceptions: dict) -> frozenset[str]:
    """The exceptions' hyphenated words in capitals (``ADIK-BERADIK``): kept whole by
    ``token_match`` exactly as their special cases did."""
    return frozenset(k for k in _whole_words(exceptions) if not HYPHENATED.match(k))


class _TokenMatch:
    """``token_match``: a ``d/m/yyyy`` date, a hyphenated word, or one of the listed words."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words

    def __call__(self, text: str):
        return _TOKEN_MATCH.match(text) or (text in self.words)


def spacy_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's tokenizer for ``nlp``'s language with the news rules, built in one go.

    (Setting rules or ``token_match`` on an existing spaCy tokenizer reloads its ~24,000
    Indonesian special cases each time, seconds of start-up; so everything is passed to
    the constructor.)
    """
    defaults = nlp.Defaults
    return Tokenizer(
        nlp.vocab,
        rules=news_rules(defaults.tokenizer_exceptions),
        prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
        suffix_search=compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
        token_match=_TokenMatch(capitals_kept_whole(defaults.tokenizer_exceptions)),
        url_match=defaults.url_match,
    )


class NewsTokenizer:
    """spaCy's Indonesian tokenizer with news rules and bounded running time."""

    def __init__(self, inner: Tokenizer, *, max_run: int = DEFAULT_MAX_RUN) -> None:
        """Wrap ``inner``, spaCy's tokenizer with the news rules (:func:`spacy_tokenizer`)."""
        self.inner = inner
        self.vocab = inner.vocab
        self.max_run = max_run
        self._long_run = regex.compile(r"\S{%d,}" % (max_run + 1))

    def __call__(self, text: str) -> Doc:
        if len(text) <= self.max_run or not self._long_run.search(text):
            return remember_text(self.inner(text), text)
        return remember_text(self._tokenize_with_long_runs(text), text)

    def _tokenize_with_long_runs(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []

        def add_segment(segment: str) -> None:
            if not segment:
                return
            doc = self.inner(segment)
            words.extend(t.text for t in doc)
            spaces.extend(bool(t.whitespace_) for t in doc)

        position = 0
        for run in self._long_run.finditer(text):
            add_segment(text[position : run.start()])
            piece_text = run.group()
            for i in range(0, len(piece_text), _PIECE):
                words.append(piece_text[i : i + _PIECE])
                spaces.append(False)
            position = run.end()
            if position < len(text) and text[position] == " ":
                spaces[-1] = True
                position += 1
        add_segment(text[position:])
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # The tokenizer is defined by code (spaCy's Indonesian rules + lang/id data), so a
    # saved pipeline stores it for inspection but loading rebuilds it from code rather
    # than reloading ~24,000 special cases a second time.
    # (``token_match`` is code, not a pattern spaCy can store: it is left out.)
    def to_bytes(self, **kwargs) -> bytes:
        return self.inner.to_bytes(exclude=[*kwargs.pop("exclude", []), "token_match"], **kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> "NewsTokenizer":
        return self

    def to_disk(self, path: str | Path, **kwargs) -> None:
        self.inner.to_disk(path, exclude=[*kwargs.pop("exclude", []), "token_match"], **kwargs)

    def from_disk(self, path: str | Path, **kwargs) -> "NewsTokenizer":
        return self


@registry.tokenizers("beritaner.NewsTokenizer.v1")
def create_news_tokenizer(max_run: int = DEFAULT_MAX_RUN) -> Callable[[Language], NewsTokenizer]:
    """Config entry: ``[nlp.tokenizer] @tokenizers = "beritaner.NewsTokenizer.v1"``."""

    def create(nlp: Language) -> NewsTokenizer:
        return NewsTokenizer(spacy_tokenizer(nlp), max_run=max_run)

    return create
