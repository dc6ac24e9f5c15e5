"""Build the corpus of all real-news articles in one process and on a Dask LocalCluster
with 2 worker processes, and show that the tables are identical.

    .venv/bin/python scripts/corpus_dask_check.py [--articles ../shared/data/realnews/articles.jsonl]

The texts are read at run time from ../shared/data/realnews (never copied).
"""

from __future__ import annotations

import argparse
import json
import time

import beritaner
from beritaner.corpus import Corpus


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", default="../shared/data/realnews/articles.jsonl")
    ap.add_argument("--partitions", type=int, default=8)
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(args.articles, encoding="utf-8")]
    docs = [{"id": r["id"], "text": r["text"], "reference_date": r["published"]} for r in rows]

    t = time.perf_counter()
    local = Corpus.from_extractions(beritaner.extract_many(
        [d["text"] for d in docs], reference_dates=[d["reference_date"] for d in docs],
        ids=[d["id"] for d in docs]))
    print(f"one process: {len(local)} articles in {time.perf_counter() - t:.1f} s")

    import dask.bag as db
    from distributed import Client, LocalCluster

    from beritaner.io.dask import corpus as dask_corpus

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster, Client(cluster):
        t = time.perf_counter()
        distributed = dask_corpus(db.from_sequence(docs, npartitions=args.partitions)).compute()
        print(f"dask, 2 workers, {args.partitions} partitions: {len(distributed)} articles "
              f"in {time.perf_counter() - t:.1f} s")

    same = True
    for name in ("people", "holders"):
        a, b = getattr(local, name)(), getattr(distributed, name)()
        equal = a.equals(b)
        same &= equal
        print(f"{name}(): {len(a)} rows one process, {len(b)} rows on dask, identical: {equal}")
    print("facts identical:", local == distributed)
    raise SystemExit(0 if same and local == distributed else 1)


if __name__ == "__main__":
    main()
