"""The stanza backend: stanza tokenizes and finds PERSON/PLACE/ORG, beritaner does the rest.

    >>> import beritaner
    >>> result = beritaner.extract(text, backend="stanza")      # doctest: +SKIP

``pip install torch==2.13.0`` first (the CPU build), then ``pip install "beritaner[stanza]"``.

The models are our own, trained offline by ``scripts/train_stanza.py`` on the same public
data and label mapping as the spaCy model, and shipped in ``models/stanza/``
(``id_beritaner_tokenizer.pt``, ``id_beritaner_nertagger.pt`` and a stub
``resources.json``; see its README). Nothing is downloaded: the pipeline is built with
``download_method=None`` and ``allow_unknown_language=True``.

How it plugs in: :class:`StanzaTokenizer` replaces the spaCy pipeline's tokenizer. It
runs stanza (tokenize + ner) on the text and returns a spaCy ``Doc`` whose tokens are
stanza's tokens, with the text between them kept as spaces or whitespace tokens so that
``doc.text`` is exactly the input, stanza's sentences as sentence starts, and
``doc.ents`` set from stanza's entities. The knowledge recognizers, the resolver and
the linker then run on that ``Doc`` unchanged, so :func:`beritaner.extract` and
:func:`beritaner.extract_many` work as with the spaCy backend.

:class:`StanzaNER` (factory ``beritaner_stanza_ner``) is the same NER as a pipeline
component that tags an existing ``Doc``'s words (pretokenized stanza): it is what
:func:`beritaner.evaluation.conll.evaluate_conll` needs to score the model on gold tokens.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

TOKENIZER_MODEL = "id_beritaner_tokenizer.pt"
NER_MODEL = "id_beritaner_nertagger.pt"
#: stanza's entity types -> our labels (the models are trained on ours already).
LABELS = {"PERSON": "PERSON", "PER": "PERSON", "PLACE": "PLACE", "LOC": "PLACE", "ORG": "ORG"}

_GAP_PIECES = regex.compile(r"\s+|\S+")


def default_model_dir() -> Path:
    """Where the shipped stanza models live (inside the installed package)."""
    return Path(str(resources.files("beritaner.models"))) / "stanza"


def _require_stanza():
    try:
        import stanza  # noqa: F401
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError(
            "the stanza backend needs stanza and torch: pip install torch==2.13.0 "
            "&& pip install 'beritaner[stanza]'"
        ) from err
    return stanza


def _check_dir(model_dir: Path, need_tokenizer: bool, need_ner: bool) -> None:
    wanted = ["resources.json"]
    if need_tokenizer:
        wanted.append(TOKENIZER_MODEL)
    if need_ner:
        wanted.append(NER_MODEL)
    missing = [name for name in wanted if not (model_dir / name).exists()]
    if missing:
        raise FileNotFoundError(
            f"no stanza models at {model_dir} (missing {', '.join(missing)}); "
            "train them with scripts/train_stanza.py"
        )


def load_stanza(model_dir: str | Path | None = None, *, ner: bool = True, pretokenized: bool = False):
    """A ``stanza.Pipeline`` from our models, offline.

    ``ner=False`` gives tokenization and sentences only; ``pretokenized=True`` takes
    lists of words (no tokenizer model needed).
    """
    stanza = _require_stanza()
    model_dir = Path(model_dir) if model_dir is not None else default_model_dir()
    _check_dir(model_dir, need_tokenizer=not pretokenized, need_ner=ner)
    options = {
        "lang": "id",
        "dir": str(model_dir),
        "download_method": None,
        "allow_unknown_language": True,
        "processors": "tokenize,ner" if ner else "tokenize",
        "use_gpu": False,
        "logging_level": "ERROR",
    }
    if pretokenized:
        options["tokenize_pretokenized"] = True
    else:
        options["tokenize_model_path"] = str(model_dir / TOKENIZER_MODEL)
    if ner:
        options["ner_model_path"] = str(model_dir / NER_MODEL)
        options["ner_pretrain_path"] = None
        options["ner_charlm_forward_file"] = None
        options["ner_charlm_backward_file"] = None
    logging.getLogger("stanza").setLevel(logging.WARNING)
    return stanza.Pipeline(**options)


# --------------------------------------------------------------------------- alignment
def doc_from_offsets(vocab: Vocab, text: str, tokens: Iterable[tuple[int, int]],
                     sentence_starts: set[int] | None = None) -> Doc:
    """A ``Doc`` with one token per ``(start, end)`` character span of ``text``; whatever
    lies between the spans becomes trailing spaces or whitespace tokens (and any
    non-space text a tokenizer skipped becomes a token), so ``doc.text == text``."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []

    def add_gap(gap: str) -> None:
        for piece in _GAP_PIECES.findall(gap):
            if piece.isspace():
                if words and not spaces[-1] and piece[0] == " ":
                    spaces[-1] = True
                    piece = piece[1:]
                if not piece:
                    continue
            words.append(piece)
            spaces.append(False)
            starts.append(False)

    pos = 0
    for start, end in tokens:
        start = max(start, pos)
        if end <= start:
            continue
        add_gap(text[pos:start])
        words.append(text[start:end])
        spaces.append(False)
        starts.append(sentence_starts is not None and start in sentence_starts)
        pos = end
    add_gap(text[pos:])
    if not words:
        return Doc(vocab, words=[])
    sent_starts: list[bool | None] | None = None
    if sentence_starts is not None:
        sent_starts = [True] + [bool(s) for s in starts[1:]]
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    if doc.text != text:  # cannot happen by construction; a bug if it does
        raise AssertionError("stanza alignment changed the text")
    return doc


def _token_offsets(text: str, sdoc) -> tuple[list[tuple[int, int]], set[int]]:
    """Character spans of stanza's tokens (found in the text when stanza gives none)."""
    offsets: list[tuple[int, int]] = []
    sentence_starts: set[int] = set()
    pos = 0
    for sentence in sdoc.sentences:
        first = True
        for token in sentence.tokens:
            start, end = token.start_char, token.end_char
            if start is None or end is None or start < pos or text[start:end] != token.text:
                found = text.find(token.text, pos)
                if found < 0:
                    continue
                start, end = found, found + len(token.text)
            if first:
                sentence_starts.add(start)
                first = False
            offsets.append((start, end))
            pos = end
    return offsets, sentence_starts


def _set_ents(doc: Doc, spans: Iterable[tuple[int, int, str]]) -> None:
    ents: list[Span] = []
    for start, end, kind in spans:
        label = LABELS.get(kind)
        if label is None:
            continue
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and len(span):
            ents.append(span)
    doc.ents = filter_spans(ents)


# ------------------------------------------------------------------------- tokenizer
class StanzaTokenizer:
    """A spaCy tokenizer that runs stanza: its tokens, sentences and entities."""

    def __init__(self, vocab: Vocab, model_dir: str | Path | None = None, *, ner: bool = True) -> None:
        self.vocab = vocab
        self.model_dir = Path(model_dir) if model_dir is not None else default_model_dir()
        self.ner = ner
        self.stanza = load_stanza(self.model_dir, ner=ner)

    def _to_doc(self, text: str, sdoc) -> Doc:
        offsets, sentence_starts = _token_offsets(text, sdoc)
        doc = doc_from_offsets(self.vocab, text, offsets, sentence_starts)
        if self.ner:
            _set_ents(doc, ((e.start_char, e.end_char, e.type) for e in sdoc.ents))
        return doc

    def __call__(self, text: str) -> Doc:
        if not text.strip():
            return doc_from_offsets(self.vocab, text, [])
        return self._to_doc(text, self.stanza(text))

    def pipe(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
        from stanza import Document

        batch: list[str] = []

        def flush() -> Iterator[Doc]:
            real = [t for t in batch if t.strip()]
            sdocs = iter(self.stanza([Document([], text=t) for t in real]) if real else [])
            for text in batch:
                yield self._to_doc(text, next(sdocs)) if text.strip() else self(text)
            batch.clear()

        for text in texts:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from flush()
        if batch:
            yield from flush()

    # Serialisation: the models stay in their folder; a pickled pipeline reloads them.
    def __reduce__(self):
        return (_rebuild_tokenizer, (self.vocab, str(self.model_dir), self.ner))

    def to_bytes(self, **kwargs) -> bytes:
        return str(self.model_dir).encode("utf-8")

    def from_bytes(self, data: bytes, **kwargs) -> "StanzaTokenizer":
        return self

    def to_disk(self, path: str | Path, **kwargs) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "stanza_models.txt").write_text(str(self.model_dir), encoding="utf-8")

    def from_disk(self, path: str | Path, **kwargs) -> "StanzaTokenizer":
        return self


def _rebuild_tokenizer(vocab: Vocab, model_dir: str, ner: bool) -> StanzaTokenizer:
    return StanzaTokenizer(vocab, model_dir, ner=ner)


def stanza_language(model_dir: str | Path | None = None, *, ner: bool = True) -> Language:
    """A blank Indonesian spaCy ``Language`` whose tokenizer is :class:`StanzaTokenizer`;
    :func:`beritaner.pipeline.build` adds the knowledge components to it."""
    nlp = spacy.blank("id")
    nlp.tokenizer = StanzaTokenizer(nlp.vocab, model_dir, ner=ner)
    nlp.meta["name"] = "beritaner_stanza"
    return nlp


# ----------------------------------------------------------------- NER on given tokens
def token_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` token spans of BIO or BIOES tags (stray I-/E- start one)."""
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        if tag == "O" or not kind:
            if start is not None:
                spans.append((start, i, label))
            start, label = None, None
            continue
        if prefix in ("B", "S") or start is None or kind != label:
            if start is not None:
                spans.append((start, i, label))
            start, label = i, kind
        if prefix in ("E", "S"):
            spans.append((start, i + 1, label))
            start, label = None, None
    if start is not None:
        spans.append((start, len(tags), label))
    return spans


class StanzaNER:
    """Pipeline component: stanza's NER over the words of an already tokenized ``Doc``."""

    def __init__(self, model_dir: str | Path | None = None) -> None:
        self.model_dir = Path(model_dir) if model_dir is not None else default_model_dir()
        self.stanza = load_stanza(self.model_dir, ner=True, pretokenized=True)

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._tag(batch)
                batch = []
        if batch:
            yield from self._tag(batch)

    def _tag(self, docs: list[Doc]) -> list[Doc]:
        index = [[t.i for t in doc if not t.is_space] for doc in docs]
        sentences = [[doc[i].text for i in idx] for doc, idx in zip(docs, index) if idx]
        tagged = iter(self.stanza(sentences).sentences if sentences else [])
        for doc, idx in zip(docs, index):
            if not idx:
                doc.ents = []
                continue
            tags = [token.ner for token in next(tagged).tokens]
            ents = []
            for start, end, kind in token_spans(tags):
                label = LABELS.get(kind)
                if label is not None:
                    ents.append(Span(doc, idx[start], idx[end - 1] + 1, label=label))
            doc.ents = filter_spans(ents)
        return docs


@Language.factory("beritaner_stanza_ner", default_config={"model_dir": None})
def make_stanza_ner(nlp: Language, name: str, model_dir: str | None) -> StanzaNER:
    return StanzaNER(model_dir)


def gold_token_pipeline(model_dir: str | Path | None = None) -> Language:
    """A spaCy pipeline of only :class:`StanzaNER`, for :func:`beritaner.evaluation.conll.evaluate_conll`."""
    nlp = spacy.blank("id")
    nlp.add_pipe("beritaner_stanza_ner", config={"model_dir": str(model_dir) if model_dir else None})
    return nlp


def evaluate_gold_tokens(path: str | Path, model_dir: str | Path | None = None, **kwargs) -> dict:
    """P/R/F1 of the stanza NER on the gold words of a BIO file (our corrected gold)."""
    from ..evaluation.conll import evaluate_conll

    kwargs.setdefault("verbose", False)
    return evaluate_conll(gold_token_pipeline(model_dir), path, **kwargs)
