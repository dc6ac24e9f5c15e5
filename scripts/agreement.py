#!/usr/bin/env python
"""Inter-annotator agreement: two independent annotations of the same real-news articles.

    .venv/bin/python scripts/agreement.py [--first realtest] [--second realtest-second] [--out FILE]

Every ``SECOND/rnNNN.json`` is scored against ``FIRST/rnNNN.json`` with the same scorer
as ``beritaner evaluate`` (one annotator as "gold", the other as "system"; F1 is
symmetric, so which is which does not matter): exact and overlap F1 per label, the
agreement on holders, date values and region codes of matched entities, and quotes
(overlap F1 of the spans, the same speaker on matched quotes). Only totals are printed
— never an entity or a diff — so a rule-writer can read the numbers without reading the
held-out gold. The agreement bounds what any score on these articles can mean.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from beritaner.evaluation.evaluate import LABELS, Counts, aggregate, compare_article, match_quotes  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--first", default=str(ROOT / "realtest"))
    parser.add_argument("--second", default=str(ROOT / "realtest-second"))
    parser.add_argument("--out", help="also write the tables to this markdown file")
    args = parser.parse_args(argv)
    first_dir, second_dir = Path(args.first), Path(args.second)
    pairs = []
    for second in sorted(second_dir.glob("*.json")):
        first = first_dir / second.name
        if first.exists():
            pairs.append((json.loads(first.read_text(encoding="utf-8")),
                          json.loads(second.read_text(encoding="utf-8"))))
    if not pairs:
        print(f"no article annotated in both {first_dir} and {second_dir}", file=sys.stderr)
        return 2
    report = aggregate(compare_article(a["id"], a["entities"], b["entities"]) for a, b in pairs)
    quote_counts, same_speaker, matched = Counts(), 0, 0
    for a, b in pairs:
        counts, speaker = match_quotes(a.get("quotes", []), b.get("quotes", []))
        quote_counts.add(counts)
        same_speaker += speaker.correct
        matched += speaker.total

    def pct(x: float | None) -> str:
        return "–" if x is None else f"{100 * x:.1f}"

    lines = [
        "# Inter-annotator agreement on real news",
        "",
        f"Run {_dt.datetime.now(_dt.timezone.utc):%Y-%m-%d %H:%M} UTC: "
        f"`.venv/bin/python scripts/agreement.py --first {first_dir.name} --second {second_dir.name}`",
        "",
        f"{len(pairs)} articles ({', '.join(a['id'] for a, _ in pairs)}), each annotated by two "
        "annotators working independently by ANNOTATION.md; "
        f"{sum(len(a['entities']) for a, _ in pairs)} and {sum(len(b['entities']) for _, b in pairs)} "
        "entities. F1 of one annotation against the other (×100).",
        "",
        "| | " + " | ".join(LABELS) + " | all |",
        "|---|" + "---:|" * (len(LABELS) + 1),
        "| exact F1 | " + " | ".join(pct(report.exact[k].f1) for k in LABELS)
        + f" | {pct(report.exact_total.f1)} |",
        "| overlap F1 | " + " | ".join(pct(report.overlap[k].f1) for k in LABELS)
        + f" | {pct(report.overlap_total.f1)} |",
        "",
        f"On matched entities: holder agreement {pct(report.holder.value)} "
        f"({report.holder.correct}/{report.holder.total}), date values {pct(report.date_value.value)} "
        f"({report.date_value.correct}/{report.date_value.total}), region codes "
        f"{pct(report.region_code.value)} ({report.region_code.correct}/{report.region_code.total}).",
        "",
        f"Quotes: overlap F1 {pct(quote_counts.f1)} ({quote_counts.tp} matched, "
        f"{quote_counts.fn} only in the first, {quote_counts.fp} only in the second); "
        f"same speaker on {pct(same_speaker / matched if matched else None)} of matched quotes "
        f"({same_speaker}/{matched}).",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
