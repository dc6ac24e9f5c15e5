"""Dask throughput with 1 and 2 worker processes, beside extract_many in one process.

    .venv/bin/python bench/dask_throughput.py [--docs 400] [--partitions 8] [--out FILE]

Corpus: the articles of ``seeds/``, ``devset/`` and ``testset/`` (our own texts), repeated
to ``--docs`` documents. Rows, in one run: ``extract_many`` in this process (the baseline),
then ``beritaner.io.dask.extract_bag`` on a ``distributed.LocalCluster`` with 1 and with 2
worker processes (one thread each). The cluster is started, warmed up (each worker loads
its pipeline on a first small bag, not timed) and then timed on the corpus; words are
whitespace-separated words of the raw texts. The records of every row are checked equal
to the baseline's. The machine has 2 cores and may be shared: the load average is printed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(n_docs: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for d in ("seeds", "devset", "testset")
             for p in sorted((ROOT / d).glob("*.txt"))]
    return [texts[i % len(texts)] for i in range(n_docs)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--out", type=Path, help="also write the table to this markdown file")
    args = ap.parse_args(argv)

    import dask.bag as db
    from distributed import Client, LocalCluster

    import beritaner
    from beritaner.io.dask import extract_bag

    texts = corpus(args.docs)
    words = sum(len(t.split()) for t in texts)
    print(f"load average before: {os.getloadavg()}", file=sys.stderr)

    nlp = beritaner.load()
    list(beritaner.extract_many(texts[:4], nlp=nlp))
    started = time.perf_counter()
    baseline = [r.model_dump_json() for r in beritaner.extract_many(texts, nlp=nlp)]
    rows = [("extract_many, this process", time.perf_counter() - started)]

    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            warm = db.from_sequence(texts[: 2 * workers], npartitions=workers)
            extract_bag(warm).compute()
            started = time.perf_counter()
            got = extract_bag(db.from_sequence(texts, npartitions=args.partitions)).compute()
            elapsed = time.perf_counter() - started
            client.close()
        if [r.model_dump_json() for r in got] != baseline:
            raise SystemExit(f"dask with {workers} worker(s) gave other records than extract_many")
        rows.append((f"dask LocalCluster, {workers} worker process{'es' if workers > 1 else ''}", elapsed))

    lines = [
        f"{len(texts)} documents, {words} words; load average after: "
        f"{tuple(round(x, 2) for x in os.getloadavg())}",
        "",
        "| run | seconds | words/s | vs one process |",
        "|---|---:|---:|---:|",
    ]
    base = rows[0][1]
    for name, seconds in rows:
        lines.append(f"| {name} | {seconds:.1f} | {words / seconds:,.0f} | {base / seconds:.2f}x |")
    table = "\n".join(lines)
    print(table)
    if args.out:
        args.out.write_text("# Dask throughput\n\n```\n.venv/bin/python bench/dask_throughput.py "
                            + " ".join(argv if argv is not None else sys.argv[1:]) + "\n```\n\n"
                            + table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
