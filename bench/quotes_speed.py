"""Speed of extract_many with the quote finder beside it switched off (same run).

    .venv/bin/python bench/quotes_speed.py [--repeat 8]

Texts: every article of seeds/, devset/ and testset/, repeated ``--repeat`` times.
Each mode runs twice, interleaved (off, on, off, on), after a warm-up; the best of each
is compared, so the machine's noise falls on both. "Off" replaces
``beritaner.api.find_quotes`` by a function returning no quotes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import beritaner  # noqa: E402
from beritaner import api  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=8)
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for d in ("seeds", "devset", "testset")
             for p in sorted((ROOT / d).glob("*.txt"))] * args.repeat
    words = sum(len(t.split()) for t in texts)
    nlp = beritaner.load()
    list(beritaner.extract_many(texts[:8], nlp=nlp))
    real = api.find_quotes
    times: dict[str, list[float]] = {"off": [], "on": []}
    quotes = 0
    for mode in ("off", "on", "off", "on"):
        api.find_quotes = real if mode == "on" else (lambda *a: ())
        start = time.perf_counter()
        results = list(beritaner.extract_many(texts, reference_dates="2026-02-19", nlp=nlp))
        times[mode].append(time.perf_counter() - start)
        if mode == "on":
            quotes = sum(len(r.quotes) for r in results)
    api.find_quotes = real
    off, on = min(times["off"]), min(times["on"])
    print(f"{len(texts)} texts, {words:,} words, {quotes} quotes found")
    print("| pipeline | seconds (best of 2) | words/s | vs without quotes |")
    print("|---|---:|---:|---:|")
    print(f"| without quotes | {off:.2f} | {words / off:,.0f} | 1.00× |")
    print(f"| with quotes | {on:.2f} | {words / on:,.0f} | {off / on:.3f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
