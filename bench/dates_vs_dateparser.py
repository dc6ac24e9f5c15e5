"""Compare beritaner's DATE recognizer with dateparser on the date corpora.

    .venv/bin/python bench/dates_vs_dateparser.py [--write bench/RESULTS-dates.md]

Both systems read every sentence of tests/corpora/dates.yaml (positives) and
tests/corpora/dates_negative.yaml (negatives) with the corpus reference date:

* ours: ``beritaner.recognizers.dates.find_dates(sentence, ref)``
* dateparser: ``dateparser.search.search_dates(sentence, languages=["id"],
  settings={"RELATIVE_BASE": ref})``; it returns substrings without offsets, so each is
  located in the sentence (left to right, after the previous one).

Detection: a found span counts when it overlaps a gold span (each gold span is
matched at most once); precision, recall and F1 over all sentences (a span found in a
negative sentence is a false positive). Exact: the same with identical offsets.
Value accuracy: the fraction of gold dates whose value is right. dateparser returns a
datetime, so it is written in the gold's own grain (day ``2026-02-19``, week
``2026-W08``, month, quarter, half, year) — a help it gets for free; an interval needs
two dateparser results inside the gold span.

A second table runs both systems on the DATE entities of the gold articles in
devset/ and seeds/ (whole articles written and annotated by other people, each with
its own reference date). Those were read while the recognizer was written, so they
are a check on real text, not a blind test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import warnings
from pathlib import Path

import json

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "tests" / "corpora"
COMMAND = ".venv/bin/python bench/dates_vs_dateparser.py --speed --write bench/RESULTS-dates.md"


def load_corpus():
    pos = yaml.safe_load((CORPORA / "dates.yaml").read_text(encoding="utf-8"))
    neg = yaml.safe_load((CORPORA / "dates_negative.yaml").read_text(encoding="utf-8"))
    ref = dt.date.fromisoformat(pos["reference_date"])
    items = []  # (sentence, [(start, end, value, grain)])
    for group in pos["groups"]:
        for ex in group["examples"]:
            s = ex["sentence"]
            golds = []
            spans = [(ex["span"], ex.get("value", group["value"]), ex.get("grain", group["grain"]))]
            spans += [(o["span"], o["value"], o["grain"]) for o in ex.get("also", [])]
            for span, value, grain in spans:
                i = s.find(span)
                assert i >= 0, (span, s)
                golds.append((i, i + len(span), value, grain))
            items.append((s, golds))
    for s in neg["examples"]:
        items.append((s, []))
    return ref, items, len(pos["groups"]), len(neg["examples"])


def load_gold_articles(dirs=("devset", "seeds")):
    items = []  # (text, golds, ref)
    for name in dirs:
        for path in sorted((ROOT / name).glob("*.json")):
            txt = path.with_suffix(".txt")
            if not txt.exists():
                continue
            gold = json.loads(path.read_text(encoding="utf-8"))
            ref = gold.get("reference_date")
            ref = dt.date.fromisoformat(ref) if ref else None
            text = txt.read_text(encoding="utf-8")
            golds = [
                (e["start"], e["end"], e.get("value"), _grain_of(e.get("value")))
                for e in gold.get("entities", [])
                if e["label"] == "DATE"
            ]
            items.append((text, golds, ref))
    return items


def _grain_of(value: str | None) -> str:
    if not value:
        return "day"
    if "/" in value:
        return "interval"
    if "-W" in value:
        return "week"
    if "-Q" in value:
        return "quarter"
    if "-H" in value:
        return "half"
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "day")


def ours(sentence: str, ref: dt.date):
    from beritaner.recognizers.dates import find_dates

    return [(c.start, c.end, c.attrs["value"]) for c in find_dates(sentence, ref)]


def theirs(sentence: str, ref: dt.date):
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime(ref.year, ref.month, ref.day, 12, 0)} if ref else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(sentence, languages=["id"], settings=settings) or []
    out, cursor = [], 0
    for substring, when in found:
        i = sentence.find(substring, cursor)
        if i < 0:
            i = sentence.find(substring)
        if i < 0:
            continue
        out.append((i, i + len(substring), when))
        cursor = i + len(substring)
    return out


def _format(when: dt.datetime | dt.date, grain: str) -> str:
    d = when.date() if isinstance(when, dt.datetime) else when
    if grain == "day":
        return d.isoformat()
    if grain == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if grain == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if grain == "quarter":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    if grain == "half":
        return f"{d.year}-H{1 if d.month <= 6 else 2}"
    return f"{d.year}"


def _part_grain(part: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(part), "day")


def theirs_value(preds, gold) -> str | None:
    """dateparser's value for one gold span, written in the gold's grain."""
    s, e, value, grain = gold
    inside = [p for p in preds if p[0] < e and s < p[1]]
    if not inside:
        return None
    if grain == "interval":
        if len(inside) < 2:
            return None
        a, b = value.split("/")
        return f"{_format(inside[0][2], _part_grain(a))}/{_format(inside[-1][2], _part_grain(b))}"
    return _format(inside[0][2], grain)


def ours_value(preds, gold) -> str | None:
    s, e, _, _ = gold
    inside = [p for p in preds if p[0] < e and s < p[1]]
    return inside[0][2] if inside else None


def score(items, predict, value_of, ref):
    n_pred = n_gold = overlap = exact = right = 0
    t0 = time.perf_counter()
    for item in items:
        sentence, golds = item[0], item[1]
        preds = predict(sentence, item[2] if len(item) > 2 else ref)
        n_pred += len(preds)
        n_gold += len(golds)
        used: set[int] = set()
        for g in golds:
            for k, p in enumerate(preds):
                if k not in used and p[0] < g[1] and g[0] < p[1]:
                    used.add(k)
                    overlap += 1
                    exact += (p[0], p[1]) == (g[0], g[1])
                    break
            right += value_of(preds, g) == g[2]
    seconds = time.perf_counter() - t0

    def f1(tp):
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    p, r, f = f1(overlap)
    return {
        "precision": p, "recall": r, "f1": f, "exact_f1": f1(exact)[2],
        "value_acc": right / n_gold if n_gold else 0.0, "found": n_pred, "seconds": seconds,
    }  # fmt: skip


def speed_table() -> list[str]:
    """Seconds for ``find_dates`` on large and hostile texts (one run each)."""
    from beritaner.recognizers.dates import find_dates

    news = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "devset").glob("*.txt")))
    news = news or "Rapat digelar di Kota Serang, Kamis (19/2/2026), sepanjang 2025. "

    def sized(unit: str, n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    mb = 1_000_000
    cases = [
        ("news articles (devset/, repeated)", sized(news + "\n", 10 * mb)),
        ("news articles (devset/, repeated)", sized(news + "\n", mb)),
        ("digits only", "1" * mb),
        ("`2025 ` repeated", sized("2025 ", mb)),
        ("`Kamis ( ` repeated", sized("Kamis ( ", mb)),
        ("`(` repeated", "(" * mb),
        ("`19/2/19/2/` repeated", sized("19/2/", mb)),
        ("`Januari-Februari-Maret-` repeated (all dates)", sized("Januari-Februari-Maret-", mb)),
    ]
    lines = [
        "",
        "Speed of `find_dates` (one run each, this machine):",
        "",
        "| text | characters | DATEs found | seconds | MB/s |",
        "|---|---|---|---|---|",
    ]
    for name, text in cases:
        t0 = time.perf_counter()
        n = len(find_dates(text, dt.date(2026, 2, 19)))
        sec = time.perf_counter() - t0
        lines.append(f"| {name} | {len(text):,} | {n:,} | {sec:.2f} | {len(text) / mb / sec:.2f} |")
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", type=Path, help="also write the markdown report here")
    ap.add_argument("--speed", action="store_true", help="also time find_dates on large and hostile texts")
    args = ap.parse_args(argv)

    import dateparser

    ref, items, _, n_neg = load_corpus()
    ours("Kamis (19/2/2026)", ref)  # warm up both (pattern compilation, language data)
    theirs("Kamis (19/2/2026)", ref)
    n_gold = sum(len(g) for _, g in items)
    rows = [
        ("beritaner `find_dates`", score(items, ours, ours_value, ref)),
        (f"dateparser {dateparser.__version__} `search_dates`", score(items, theirs, theirs_value, ref)),
    ]
    lines = [
        f"Corpus: {len(items) - n_neg} positive sentences ({n_gold} gold DATEs), "
        f"{n_neg} negative sentences; reference date {ref.isoformat()}.",
        "",
        "| system | precision | recall | detection F1 (overlap) | exact-span F1 | value accuracy | spans found | seconds |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, m in rows:
        lines.append(
            f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | **{m['f1']:.3f}** | "
            f"{m['exact_f1']:.3f} | **{m['value_acc']:.3f}** | {m['found']} | {m['seconds']:.2f} |"
        )
    articles = load_gold_articles()
    if articles:
        a_gold = sum(len(g) for _, g, _ in articles)
        lines += [
            "",
            f"Gold articles (devset/ + seeds/): {len(articles)} articles, {a_gold} gold DATEs, "
            "each with its own reference date.",
            "",
            "| system | precision | recall | detection F1 (overlap) | exact-span F1 | value accuracy | spans found | seconds |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for name, predict, value_of in (
            ("beritaner `find_dates`", ours, ours_value),
            (f"dateparser {dateparser.__version__} `search_dates`", theirs, theirs_value),
        ):
            m = score(articles, predict, value_of, None)
            lines.append(
                f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | **{m['f1']:.3f}** | "
                f"{m['exact_f1']:.3f} | **{m['value_acc']:.3f}** | {m['found']} | {m['seconds']:.2f} |"
            )
    if args.speed:
        lines += speed_table()
    table = "\n".join(lines)
    print(table)
    print(f"\nCommand: {COMMAND}")
    if args.write:
        today = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        args.write.write_text(
            "# DATE recognizer vs dateparser\n\n"
            f"Run on {today} with Python {sys.version.split()[0]}:\n\n"
            f"```\n{COMMAND}\n```\n\n"
            f"{table}\n\n"
            "Detection counts a found span when it overlaps a gold span; exact-span F1 needs "
            "identical offsets. Value accuracy is the fraction of gold DATEs whose ISO value is "
            "right; dateparser's datetimes are written in each gold's own grain (a help it gets "
            "for free), and an interval needs two of its results inside the gold span. The "
            "corpora are tests/corpora/dates.yaml and dates_negative.yaml; see the docstring of "
            "bench/dates_vs_dateparser.py.\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
