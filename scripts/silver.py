"""Silver labels for the statistical model: the full pipeline's names on unlabelled news.

    .venv/bin/python scripts/silver.py --data ../shared/data --out training/silver.jsonl
    .venv/bin/python scripts/train.py --data ../shared/data --name silver1 --nerp recased \
        --augment 1500 --set training.max_steps=3000 --silver training/silver.jsonl

The shipped model learned from 2014 Kompas, Wikipedia-style text and templates; real news
of 2016-2026 is written otherwise. This script runs the full pipeline (the model and the
knowledge recognizers, whose corrections it carries) over unlabelled modern news and
keeps its PERSON, PLACE and ORG entities as silver training labels:

* the realnews articles in neither ``realdev/`` nor ``realtest/`` (their texts stay out
  of training, so both gold sets keep measuring text the model never saw);
* every ``--postag-step``-th sentence of the nlp-id POS corpus (kumparan news), written
  back as text by :func:`postag_sentences`.

The output holds ids, offsets, labels and entity strings only (the publishers' texts are
read from ``--data`` again by ``scripts/train.py --silver``), so a model trained on it can
be rebuilt without running the pipeline that made the labels, if the file is kept.

Tried on 2026-12-07 (150 realnews articles and 4,098 POS-corpus sentences, 7,722 silver
entities; the README's training command plus ``--silver``): the model alone rose on our
articles (F1 0.787 -> 0.814) and held on idner dev (0.781 -> 0.776) and NERGrit valid
(0.706 -> 0.706), but the full pipeline did not rise on realdev (overlap 91.2 -> 91.0;
PERSON 94.2 -> 92.7, ORG 84.3 -> 85.6, holders 86.8 -> 84.6 %, right speaker 91.1 -> 92.7
%), so the shipped model is not this one.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
LABELS = ("PERSON", "PLACE", "ORG")
POSTAG = "nlp-id-postag/dataset_postag.txt"
REALNEWS = "realnews/articles.jsonl"
NO_SPACE_BEFORE = frozenset({",", ".", ")", ":", ";", "?", "!", "%"})
NO_SPACE_AFTER = frozenset({"("})


def postag_sentences(path: Path) -> Iterator[tuple[int, str]]:
    """(index, text) of each sentence of the POS corpus, its words joined as written
    text (no space before ``,`` ``.`` ``)``, none after ``(``)."""
    words: list[str] = []
    index = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                if words:
                    yield index, _join(words)
                    index += 1
                    words = []
                continue
            words.append(line.split("\t")[0])
    if words:
        yield index, _join(words)


def _join(words: list[str]) -> str:
    out = []
    for i, word in enumerate(words):
        out.append(word)
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and word not in NO_SPACE_AFTER and nxt not in NO_SPACE_BEFORE:
            out.append(" ")
    return "".join(out)


def gold_ids(folders: list[Path]) -> set[str]:
    return {p.stem for folder in folders for p in folder.glob("*.json")}


def realnews_texts(data: Path) -> dict[str, dict]:
    with open(data / REALNEWS, encoding="utf-8") as fh:
        return {a["id"]: a for a in map(json.loads, fh)}


def texts_of(record: dict, data: Path, cache: dict) -> str | None:
    """The text a silver record was made from (read again from ``data``)."""
    if record["source"] == "realnews":
        if "realnews" not in cache:
            cache["realnews"] = realnews_texts(data)
        article = cache["realnews"].get(record["id"])
        return None if article is None else article["text"]
    if "postag" not in cache:
        cache["postag"] = dict(postag_sentences(data / POSTAG))
    return cache["postag"].get(int(record["id"]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "training" / "silver.jsonl")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[ROOT / "realdev", ROOT / "realtest"],
                    help="gold folders whose articles stay out")
    ap.add_argument("--postag-step", type=int, default=8, help="every N-th POS-corpus sentence (0: none)")
    args = ap.parse_args(argv)

    import beritaner

    excluded = gold_ids(args.exclude)
    articles = [a for aid, a in sorted(realnews_texts(args.data).items()) if aid not in excluded]
    jobs: list[tuple[str, str, str]] = [("realnews", a["id"], a["text"]) for a in articles]
    if args.postag_step:
        jobs += [("postag", str(i), t) for i, t in postag_sentences(args.data / POSTAG) if i % args.postag_step == 0]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    counts = {label: 0 for label in LABELS}
    with open(args.out, "w", encoding="utf-8") as out:
        texts = (text for _, _, text in jobs)
        for (source, doc_id, text), result in zip(jobs, beritaner.extract_many(texts)):
            entities = [[e.start, e.end, e.label, e.text] for e in result.entities if e.label in LABELS]
            for _, _, label, _ in entities:
                counts[label] += 1
            out.write(json.dumps({"source": source, "id": doc_id, "entities": entities}, ensure_ascii=False) + "\n")
    print(f"{len(articles)} realnews articles (excluded {len(excluded)} gold ids), "
          f"{len(jobs) - len(articles)} POS-corpus sentences; entities {counts} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
