"""One very long document: time and peak memory of ``extract`` (a measurement, not a test).

    .venv/bin/python bench/long_document.py [--megabytes 10] [--n-process 2]

Builds one text of the given size from the articles in seeds/ and devset/ (paragraphs
repeated in order), runs ``beritaner.extract`` on it once, checks every offset against
the text, and prints the time, the entity count and the process's peak RSS before and
after. ``extract`` cuts texts over ``api.CHUNK_CHARS`` characters into pieces at
paragraph breaks, so memory should stay near that of an ordinary article.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--megabytes", type=float, default=10.0)
    ap.add_argument("--n-process", type=int, default=1,
                    help="processes for the text's pieces (extract_many); 1 = extract")
    args = ap.parse_args(argv)

    import beritaner

    paragraphs = [p for f in sorted((ROOT / "devset").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
                  for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
    target = int(args.megabytes * 1_000_000)
    parts, size, i = [], 0, 0
    while size < target:
        parts.append(paragraphs[i % len(paragraphs)])
        size += len(parts[-1]) + 1
        i += 1
    text = "\n".join(parts)[:target]

    nlp = beritaner.load()
    beritaner.extract("Bupati Lebak hadir.", nlp=nlp)
    before = peak_mb()
    started = time.perf_counter()
    if args.n_process == 1:
        result = beritaner.extract(text, reference_date="2026-01-01", nlp=nlp)
    else:
        (result,) = beritaner.extract_many([text], reference_dates="2026-01-01", nlp=nlp, n_process=args.n_process)
    seconds = time.perf_counter() - started
    assert all(text[e.start : e.end] == e.text for e in result.entities)
    print(f"| text | {len(text):,} characters, {len(text.split()):,} words |")
    print(f"| entities | {len(result.entities):,} (every offset checked against the text) |")
    print(f"| time | {seconds:.1f} s ({len(text.split()) / seconds:,.0f} words/s) |")
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"| peak RSS | {before:.0f} MB after load; {peak_mb():.0f} MB after the document"
          + (f"; largest worker {children:.0f} MB |" if args.n_process > 1 else " |"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
