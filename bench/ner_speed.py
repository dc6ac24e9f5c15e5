"""Words per second of beritaner's NER against a plain spaCy NER, same run, same text.

    .venv/bin/python bench/ner_speed.py --data ../shared/data

* Text: the first sentences of nlp-id-postag (kumparan news, ``--words`` words, at
  least 50,000), joined ``--per-doc`` sentences to a document.
* "NER alone": the texts are tokenized first (not timed); then the pipeline's
  components (tok2vec + ner) run over the ready docs, single process, and that is timed.
  Word counts are tokens of our tokenizer (whitespace tokens included).
  The tokenizer-included figure (``nlp.pipe`` on the raw texts) is printed too.
* Baseline: spaCy's default Indonesian NER config (``configs/plain_ner.cfg``, i.e.
  ``spacy init config -l id -p ner -o efficiency``). Pass ``--baseline DIR`` for a
  trained one (e.g. ``training/plain/run/model-best`` from ``scripts/train.py --name
  plain --config configs/plain_ner.cfg``); without it the bench trains one briefly
  (``--baseline-steps`` steps on idner-news-2k train): the speed of a CNN does not
  depend on how long it was trained.
* Each timing is the best of ``--repeats`` passes after one warm-up pass, the two
  pipelines taking turns (other processes on a shared machine slow both alike).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

import beritaner.tokenizer  # noqa: E402,F401
from beritaner.evaluation.conll import read_conll  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def load_texts(path: Path, n_words: int, per_doc: int) -> list[str]:
    texts: list[str] = []
    sentence: list[str] = []
    block: list[str] = []
    words = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.strip():
                sentence.append(line.split("\t")[0])
                continue
            if sentence:
                block.append(" ".join(sentence))
                words += len(sentence)
                sentence = []
            if len(block) == per_doc:
                texts.append(" ".join(block))
                block = []
            if words >= n_words:
                break
    if block:
        texts.append(" ".join(block))
    return texts


def train_baseline(data: Path, out: Path, steps: int) -> Path:
    from spacy.cli.train import train

    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("id")
    db = DocBin()
    for sent in read_conll(data / "idner-news-2k" / "train.txt", guidelines=False):
        db.add(Doc(nlp.vocab, words=sent.words, ents=sent.tags))
    db.to_disk(out / "train.spacy")
    dev = DocBin()
    for sent in read_conll(data / "idner-news-2k" / "dev.txt", guidelines=False):
        dev.add(Doc(nlp.vocab, words=sent.words, ents=sent.tags))
    dev.to_disk(out / "dev.spacy")
    overrides = {
        "paths.train": str(out / "train.spacy"),
        "paths.dev": str(out / "dev.spacy"),
        "training.max_steps": steps,
        "training.eval_frequency": max(steps // 2, 1),
    }
    train(ROOT / "configs" / "plain_ner.cfg", out / "run", overrides=overrides, use_gpu=-1)
    return out / "run" / "model-best"


def time_components(nlp, texts: list[str], batch_size: int) -> float:
    """Seconds for tok2vec + ner over docs tokenized beforehand (tokenizing not timed)."""
    docs = [nlp.make_doc(t) for t in texts]
    start = time.perf_counter()
    stream = iter(docs)
    for _name, proc in nlp.pipeline:
        stream = proc.pipe(stream, batch_size=batch_size)
    for _ in stream:
        pass
    return time.perf_counter() - start


def time_full(nlp, texts: list[str], batch_size: int) -> float:
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def measure(pipelines: list, texts: list[str], repeats: int, batch_size: int) -> list[dict]:
    """Best-of-``repeats`` timings, the pipelines taking turns so load from other
    processes on the machine hits them alike."""
    results = []
    for nlp in pipelines:
        time_components(nlp, texts[: max(1, len(texts) // 10)], batch_size)  # warm-up
        results.append({"words": sum(len(nlp.make_doc(t)) for t in texts), "ner": [], "full": [],
                        "pipes": nlp.pipe_names})  # fmt: skip
    for _ in range(repeats):
        for nlp, result in zip(pipelines, results):
            result["ner"].append(time_components(nlp, texts, batch_size))
            result["full"].append(time_full(nlp, texts, batch_size))
    for result in results:
        result["ner_wps"] = result["words"] / min(result["ner"])
        result["full_wps"] = result["words"] / min(result["full"])
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--model", type=Path, default=ROOT / "models" / "beritaner-ner")
    ap.add_argument("--baseline", type=Path, default=None, help="a trained plain spaCy NER pipeline")
    ap.add_argument("--baseline-steps", type=int, default=200)
    ap.add_argument("--words", type=int, default=60000)
    ap.add_argument("--per-doc", type=int, default=10, help="sentences per document")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args(argv)
    if args.words < 50000:
        ap.error("--words must be at least 50000")

    texts = load_texts(args.data / "nlp-id-postag" / "dataset_postag.txt", args.words, args.per_doc)
    baseline_dir = args.baseline or train_baseline(args.data, ROOT / "training" / "bench-baseline", args.baseline_steps)
    named = (("plain spaCy NER (default config)", baseline_dir), ("beritaner-ner", args.model))
    results = measure([spacy.load(path) for _label, path in named], texts, args.repeats, args.batch_size)
    rows = [(label, path, result) for (label, path), result in zip(named, results)]
    print(f"\n{len(texts)} documents, {rows[0][2]['words']:,} words (nlp-id-postag), one process, "
          f"best of {args.repeats} alternating passes\n")  # fmt: skip
    print("| pipeline | components | NER alone (words/s) | with tokenizer (words/s) |")
    print("|---|---|---:|---:|")
    for label, _path, r in rows:
        print(f"| {label} | {'+'.join(r['pipes'])} | {r['ner_wps']:,.0f} | {r['full_wps']:,.0f} |")
    print(f"\nratio beritaner / plain (NER alone): {rows[1][2]['ner_wps'] / rows[0][2]['ner_wps']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
