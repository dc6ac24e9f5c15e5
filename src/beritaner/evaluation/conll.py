"""Read public BIO/CoNLL NER data and score a pipeline's NER on gold tokens.

Three layouts are read (``../shared/data/README.md``):

* ``idner``: ``token POS tag`` per line (idner-news-2k, IOB2, CRLF line ends);
* ``tsv``:   ``token<TAB>tag`` per line (NERGrit, NERP as distributed by IndoNLU); a
  NERP "token" may hold a space (``sementara itu``): it is split into words, the tag
  continuing as ``I-``.

Tags are mapped to our three labels (:data:`LABEL_MAP`); every other type becomes ``O``.

:func:`apply_guidelines` brings the public spans closer to ``ANNOTATION.md``:

1. a PERSON span loses leading forms of address, police/military ranks and office
   titles (``Presiden SBY`` -> ``SBY``; ``Paus Benediktus XVI`` -> ``Benediktus XVI``);
   name-forming honorifics stay (``Gus Dur``, ``Sultan Hamengku Buwono X``,
   ``Pangeran Diponegoro``, ``Dr Lely``);
2. an ORG span followed directly by a PLACE span takes it in
   (``PAN`` + ``Sulawesi Selatan`` -> ORG ``PAN Sulawesi Selatan``): a place inside an
   organisation's name belongs to the organisation;
3. an untagged administrative word right before a PLACE joins it
   (``Provinsi`` + ``Banten`` -> PLACE ``Provinsi Banten``), and an untagged government
   or police-unit word before it turns it into an ORG
   (``Pemerintah Kota`` + ``Bogor`` -> ORG ``Pemerintah Kota Bogor``,
   ``Polres`` + ``Sukabumi`` -> ORG ``Polres Sukabumi``);
4. a short form in parentheses right after a span of the same label joins it
   (``Mahkamah Konstitusi`` + ``(MK)`` -> ORG ``Mahkamah Konstitusi (MK)``), as
   ANNOTATION.md asks (``Bank Indonesia (BI)`` is one span).

:func:`evaluate_conll` runs a pipeline's components on ``Doc`` objects built from the
gold words (so tokenization is the gold one) and scores ``doc.ents`` against the gold
spans with spaCy's scorer.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc
from spacy.training import Example, biluo_to_iob, iob_to_biluo  # noqa: F401
from spacy.vocab import Vocab

from ..lang.id.persons import FORMS_OF_ADDRESS, RANKS

LABELS: tuple[str, ...] = ("PERSON", "PLACE", "ORG")

#: Public data set types -> our labels. Anything not listed becomes O.
LABEL_MAP: dict[str, str] = {
    "PER": "PERSON", "PERSON": "PERSON", "PPL": "PERSON",
    "LOC": "PLACE", "PLACE": "PLACE", "PLC": "PLACE",
    "ORG": "ORG", "ORGANISATION": "ORG", "IND": "ORG",
}  # fmt: skip

#: Office titles that the public data sometimes writes inside a PERSON span.
#: (ANNOTATION.md: the office before a name is not part of the PERSON.)
OFFICE_TITLES_BEFORE_NAMES: frozenset[str] = frozenset({
    "Presiden", "Wapres", "Wakil", "Gubernur", "Bupati", "Walikota", "Wali", "Menteri",
    "Kapolri", "Kapolda", "Kapolres", "Kapolsek", "Panglima", "Paus", "Raja", "Ratu",
    "Perdana", "PM", "Ketua", "Sekjen", "Direktur", "Dirut", "Kepala", "Camat", "Lurah",
    "Pol", "Pol.",
})  # fmt: skip

#: Single words of forms of address and ranks (multi-word ranks contribute each word).
_STRIP_WORDS: frozenset[str] = frozenset(
    {w.rstrip(".") for w in FORMS_OF_ADDRESS}
    | {w for rank in RANKS for w in rank.split()}
    | {w.rstrip(".") for w in OFFICE_TITLES_BEFORE_NAMES}
) - {"TNI", "Polisi"}

#: Untagged words before a PLACE that belong to the PLACE span.
ADMIN_WORDS: frozenset[str] = frozenset({
    "Provinsi", "Propinsi", "Kabupaten", "Kab", "Kab.", "Kota", "Kecamatan", "Kec.",
    "Desa", "Kelurahan", "Kel.", "Jalan", "Jl", "Jl.", "Dusun", "Kampung",
})  # fmt: skip

#: Untagged words before a PLACE that make it (with them) an ORG.
ORG_HEAD_WORDS: frozenset[str] = frozenset({
    "Pemerintah", "Pemprov", "Pemkab", "Pemkot", "Polres", "Polresta", "Polrestabes",
    "Polda", "Polsek", "Kodim", "Korem", "Kodam", "Kejari", "Kejati", "DPRD", "Kanwil",
    "Pengadilan", "Universitas",
})  # fmt: skip


@dataclass
class Sentence:
    """One sentence of gold words and their BIO tags (our labels)."""

    words: list[str]
    tags: list[str]
    source: str = ""
    changes: Counter = field(default_factory=Counter)


def detect_format(path: str | Path) -> str:
    """``"tsv"`` when the first non-blank line holds a tab, else ``"idner"``."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                return "tsv" if "\t" in line else "idner"
    return "tsv"


def map_tag(tag: str) -> str:
    """A public BIO tag -> ``B-LABEL``/``I-LABEL`` with our label, or ``O``."""
    if tag in ("O", "") or "-" not in tag:
        return "O"
    prefix, _, typ = tag.partition("-")
    label = LABEL_MAP.get(typ.upper())
    if label is None or prefix not in ("B", "I"):
        return "O"
    return f"{prefix}-{label}"


def _repair_bio(tags: list[str]) -> list[str]:
    """An ``I-X`` that does not continue an X span starts one (IOB1 -> IOB2)."""
    out: list[str] = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or out[i - 1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def read_conll(path: str | Path, fmt: str | None = None, *, guidelines: bool = True) -> list[Sentence]:
    """Sentences of ``path`` with tags mapped to PERSON/PLACE/ORG.

    ``fmt`` is ``"idner"`` or ``"tsv"`` (detected when None). With ``guidelines``
    the spans are corrected by :func:`apply_guidelines`.
    """
    fmt = fmt or detect_format(path)
    if fmt not in ("idner", "tsv"):
        raise ValueError(f"unknown format {fmt!r}: expected 'idner' or 'tsv'")
    source = Path(path).parent.name + "/" + Path(path).name
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if words:
            sent = Sentence(list(words), _repair_bio(list(tags)), source)
            if guidelines:
                apply_guidelines(sent)
            sentences.append(sent)
        words.clear()
        tags.clear()

    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                flush()
                continue
            if fmt == "tsv":
                if "\t" not in line:
                    raise ValueError(f"{path}:{lineno}: expected 'token<TAB>tag', got {line!r}")
                token, tag = line.rsplit("\t", 1)
            else:
                parts = line.split()
                if len(parts) < 2:
                    raise ValueError(f"{path}:{lineno}: expected 'token POS tag', got {line!r}")
                token, tag = parts[0], parts[-1]
            tag = map_tag(tag.strip())
            pieces = token.split() or [token]
            for k, piece in enumerate(pieces):
                words.append(piece)
                tags.append(tag if k == 0 or tag == "O" else "I-" + tag[2:])
    flush()
    return sentences


def spans_of(tags: list[str]) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` token spans of IOB2 tags."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tags):
        if tags[i].startswith("B-"):
            label = tags[i][2:]
            j = i + 1
            while j < len(tags) and tags[j] == "I-" + label:
                j += 1
            out.append((i, j, label))
            i = j
        else:
            i += 1
    return out


def tags_of(n: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for start, end, label in spans:
        tags[start] = "B-" + label
        for k in range(start + 1, end):
            tags[k] = "I-" + label
    return tags


def apply_guidelines(sent: Sentence) -> Sentence:
    """Correct ``sent`` in place towards ANNOTATION.md; counts go to ``sent.changes``."""
    words = sent.words
    spans = spans_of(sent.tags)
    fixed: list[tuple[int, int, str]] = []
    # 1. titles, forms of address and ranks leave PERSON spans
    for start, end, label in spans:
        if label == "PERSON":
            s = start
            while s < end - 1 and words[s].rstrip(".") in _STRIP_WORDS:
                s += 1
            if s != start:
                sent.changes["person_title_stripped"] += 1
                start = s
        fixed.append((start, end, label))
    # 2. ORG directly followed by PLACE: one ORG
    merged: list[tuple[int, int, str]] = []
    for span in fixed:
        if merged and merged[-1][2] == "ORG" and span[2] == "PLACE" and merged[-1][1] == span[0]:
            merged[-1] = (merged[-1][0], span[1], "ORG")
            sent.changes["org_place_merged"] += 1
        else:
            merged.append(span)
    # 3. untagged admin / government words before a PLACE
    final: list[tuple[int, int, str]] = []
    taken_until = 0
    for start, end, label in merged:
        if label == "PLACE":  # taken_until: the words before it are untagged
            s = start
            while s > taken_until and words[s - 1] in ADMIN_WORDS:
                s -= 1
            if s > taken_until and words[s - 1] in ORG_HEAD_WORDS:
                s -= 1
                label = "ORG"
                sent.changes["place_to_org"] += 1
            elif s != start:
                sent.changes["admin_word_joined"] += 1
            start = s
        final.append((start, end, label))
        taken_until = end
    # 4. a short form in parentheses right after a span of the same label joins it
    aliased: list[tuple[int, int, str]] = []
    for start, end, label in final:
        if aliased and aliased[-1][2] == label:
            prev = aliased[-1]
            one_token = start == prev[1] and end == start + 1 and words[start][:1] == "(" and words[start][-1:] == ")"
            bracketed = (
                start == prev[1] + 1 and words[prev[1]] == "(" and end < len(words) and words[end] == ")"
            )
            if one_token or bracketed:
                aliased[-1] = (prev[0], end + (1 if bracketed else 0), label)
                sent.changes["alias_joined"] += 1
                continue
        aliased.append((start, end, label))
    sent.tags = tags_of(len(words), aliased)
    return sent


def to_doc(vocab: Vocab, sent: Sentence) -> Doc:
    """A ``Doc`` of the gold words with the gold entities set."""
    return Doc(vocab, words=sent.words, ents=list(sent.tags))


def iter_docs(vocab: Vocab, sentences: Iterable[Sentence]) -> Iterator[Doc]:
    for sent in sentences:
        yield to_doc(vocab, sent)


def change_counts(sentences: Iterable[Sentence]) -> Counter:
    total: Counter = Counter()
    for sent in sentences:
        total.update(sent.changes)
    return total


def predict_on_gold_tokens(nlp: Language, docs: Iterable[Doc], batch_size: int = 256) -> list[Doc]:
    """Run every pipeline component (not the tokenizer) over ready-made docs."""
    stream: Iterable[Doc] = docs
    for _name, proc in nlp.pipeline:
        if hasattr(proc, "pipe"):
            stream = proc.pipe(stream, batch_size=batch_size)
        else:
            stream = (proc(doc) for doc in stream)
    return list(stream)


def evaluate_conll(
    nlp: Language,
    path: str | Path,
    *,
    fmt: str | None = None,
    guidelines: bool = True,
    labels: Iterable[str] = LABELS,
    verbose: bool = True,
) -> dict:
    """Entity-level P/R/F1 of ``nlp``'s ``doc.ents`` on the gold tokens of ``path``.

    Predicted entities with a label outside ``labels`` (DATE, OFFICE from the full
    pipeline) are ignored. Returns ``{"p", "r", "f", "per_type": {label: {"p", "r",
    "f"}}, "sentences", "words", "gold_corrections"}``; with ``verbose`` prints a table.
    """
    labels = tuple(labels)
    sentences = read_conll(path, fmt, guidelines=guidelines)
    gold = [to_doc(nlp.vocab, s) for s in sentences]
    predicted = predict_on_gold_tokens(nlp, (Doc(nlp.vocab, words=s.words) for s in sentences))
    examples = []
    for pred, ref in zip(predicted, gold):
        pred.ents = [e for e in pred.ents if e.label_ in labels]
        examples.append(Example(pred, ref))
    prf = get_ner_prf(examples)
    per_type = {
        label: {k: float(v) for k, v in prf["ents_per_type"].get(label, {"p": 0.0, "r": 0.0, "f": 0.0}).items()}
        for label in labels
    }
    result = {
        "p": float(prf["ents_p"] or 0.0),
        "r": float(prf["ents_r"] or 0.0),
        "f": float(prf["ents_f"] or 0.0),
        "per_type": per_type,
        "sentences": len(sentences),
        "words": sum(len(s.words) for s in sentences),
        "gold_corrections": dict(change_counts(sentences)),
    }
    if verbose:
        print(format_scores(result, title=str(path)))
    return result


def format_scores(result: dict, title: str = "") -> str:
    """A markdown table of per-label and overall P/R/F1."""
    lines = [f"{title}" if title else "", "| label | P | R | F1 |", "|---|---:|---:|---:|"]
    for label, s in result["per_type"].items():
        lines.append(f"| {label} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} |")
    lines.append(f"| **all** | {result['p']:.3f} | {result['r']:.3f} | **{result['f']:.3f}** |")
    return "\n".join(line for line in lines if line)


def main(argv: list[str] | None = None) -> int:
    """``python -m beritaner.evaluation.conll MODEL FILE...``: per-label P/R/F1 on gold tokens."""
    import argparse

    import spacy

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("model", help="a spaCy pipeline directory or package name")
    ap.add_argument("files", nargs="+", type=Path, help="BIO/CoNLL files (idner or tsv layout)")
    ap.add_argument("--raw", action="store_true", help="score against the public spans as they are")
    args = ap.parse_args(argv)
    nlp = spacy.load(args.model)
    for path in args.files:
        result = evaluate_conll(nlp, path, guidelines=not args.raw, verbose=False)
        corrections = ", ".join(f"{k} {v}" for k, v in sorted(result["gold_corrections"].items())) or "none"
        print(format_scores(result, title=f"{path} ({result['sentences']} sentences, {result['words']} words; "
                                          f"gold corrections: {corrections if not args.raw else 'none (raw)'})"))  # fmt: skip
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
