"""The corpus of all 240 real-news articles: holder_of scored against the real-news gold
holders (realdev only), and the 50-row sample of holders() for the hand check.

    # accuracy of holder_of on every gold OFFICE with a holder, asked on its article's date
    .venv/bin/python scripts/corpus_holders.py score --gold realdev
    # draw the hand-check sample (seed 13) into bench/corpus_handcheck.tsv (verdicts are
    # filled in by hand; no article text goes into the file)
    .venv/bin/python scripts/corpus_holders.py sample --out bench/corpus_handcheck.tsv
    # precision of a checked sample
    .venv/bin/python scripts/corpus_holders.py precision bench/corpus_handcheck.tsv

Texts are read at run time from ../shared/data/realnews/articles.jsonl (never copied).
Only realdev (rn001–rn060) is read; never realtest.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from pathlib import Path

import beritaner
from beritaner.corpus import Corpus, _bare
from beritaner.evaluation.gold import gold_files, load_gold


def build(articles: str) -> Corpus:
    rows = [json.loads(line) for line in open(articles, encoding="utf-8")]
    return Corpus.from_extractions(beritaner.extract_many(
        [r["text"] for r in rows], reference_dates=[r["published"] for r in rows],
        ids=[r["id"] for r in rows]))


def _words(name: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[^\W_]+", _bare(name))]


def _same(a: str | None, b: str | None) -> bool:
    """The same name, honorifics, case and punctuation aside (``Tina T Kemala Intan`` =
    ``Tina T. Kemala Intan``)."""
    return a is not None and b is not None and _words(a) == _words(b)


def score(corpus: Corpus, gold_dir: str) -> int:
    files = [f for f in gold_files([gold_dir]) if "realtest" not in str(f)]
    asked = exact = variant = leave_out = unanswered = undated = 0
    people = corpus.people().set_index("person_id")
    for path in files:
        _, gold = load_gold(path)
        held_out = corpus.without([gold["id"]])
        for ent in gold["entities"]:
            if ent["label"] != "OFFICE" or not ent.get("holder"):
                continue
            if not gold.get("reference_date"):
                undated += 1  # no date to ask on: the article has no published date
                continue
            asked += 1
            answer = corpus.holder_of(ent["text"], on=gold["reference_date"])
            if answer is None:
                unanswered += 1
                continue
            exact += _same(answer.name, ent["holder"])
            variant += any(_same(v, ent["holder"]) for v in people.loc[answer.person_id, "variants"])
            other = held_out.holder_of(ent["text"], on=gold["reference_date"])
            leave_out += other is not None and _same(other.name, ent["holder"])
    if not asked:
        print(f"no gold OFFICE with a holder under {gold_dir} ({len(files)} gold files)")
        return 1
    print(f"{len(files)} gold articles, {asked} offices with a holder asked on their article's date "
          f"({undated} more in articles without a date, not asked)")
    print(f"holder_of answers: {asked - unanswered} ({(asked - unanswered) / asked:.1%}); "
          f"right name: {exact} ({exact / asked:.1%}); right person (any variant): "
          f"{variant} ({variant / asked:.1%})")
    print(f"leave-one-out (the article's own evidence removed): right name {leave_out} "
          f"({leave_out / asked:.1%})")
    return 0


def sample(corpus: Corpus, out: str, n: int = 50, seed: int = 13) -> int:
    holders = corpus.holders()
    rows = holders.sample(n=min(n, len(holders)), random_state=seed).sort_index()
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["row", "articles", "office", "holder", "acting", "former", "verdict", "note"])
        for index, r in rows.iterrows():
            w.writerow([index, " ".join(r["articles"]), r["office"], r["holder"], r["acting"],
                        r["former"], "", ""])
    print(f"{len(rows)} rows of {len(holders)} written to {out}")
    return 0


def precision(path: str) -> int:
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    judged = [r for r in rows if r["verdict"] in ("right", "wrong")]
    right = sum(r["verdict"] == "right" for r in judged)
    print(f"{len(judged)} of {len(rows)} rows judged; right {right}: precision "
          f"{right / len(judged):.1%}" if judged else "no verdicts yet")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["score", "sample", "precision"])
    ap.add_argument("path", nargs="?")
    ap.add_argument("--articles", default="../shared/data/realnews/articles.jsonl")
    ap.add_argument("--gold", default="realdev")
    ap.add_argument("--out", default="bench/corpus_handcheck.tsv")
    args = ap.parse_args()
    if args.command == "precision":
        return precision(args.path or args.out)
    corpus = build(args.articles)
    return score(corpus, args.gold) if args.command == "score" else sample(corpus, args.out)


if __name__ == "__main__":
    sys.exit(main())
