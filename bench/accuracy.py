"""What each layer of beritaner gives, on our annotated modern articles.

    .venv/bin/python bench/accuracy.py [--baseline DIR] [--write bench/RESULTS-accuracy.md]

Systems, each scored with :func:`beritaner.evaluation.evaluate.score_articles` (overlap and exact
F1 per label, holder / DATE value / region code accuracy):

- ``plain`` — a plain statistical model alone (``--baseline``: a spaCy NER pipeline
  trained with ``scripts/train.py --name plain --config configs/plain_ner.cfg
  --no-guidelines``), its ``doc.ents`` taken as they are;
- ``model`` — our shipped model alone (``models/beritaner-ner``), ``doc.ents`` as they are;
- ``rules`` — the knowledge components, resolver and linker without a model
  (``beritaner.load(None)``);
- ``full`` — the default pipeline.

Sets: ``seeds/`` + ``devset/`` (the rules were developed against these: optimistic)
and ``testset/`` (written by an annotator who did not see the code; nobody tunes on
it) — our own articles; ``--real`` adds ``realdev/`` (real news, for development) and
``--realtest`` the held-out ``realtest/`` (real news annotated by people who never saw
the code; score it rarely). Real-news gold reads its texts from
``../shared/data/realnews`` (or ``$BERITANER_REALNEWS``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import spacy

import beritaner
from beritaner.evaluation.evaluate import Report, score_articles
from beritaner.evaluation.gold import gold_files
from beritaner.pipeline import default_model_path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("PERSON", "OFFICE", "PLACE", "ORG", "DATE")
MODEL_LABELS = {"PER": "PERSON", "PERSON": "PERSON", "LOC": "PLACE", "PLACE": "PLACE", "ORG": "ORG"}


@dataclass(frozen=True)
class Ent:
    label: str
    start: int
    end: int
    text: str


def model_only(nlp, text: str, reference_date=None) -> list[Ent]:
    doc = nlp(text)
    return [
        Ent(MODEL_LABELS[e.label_], e.start_char, e.end_char, e.text)
        for e in doc.ents
        if e.label_ in MODEL_LABELS
    ]


def row(name: str, report: Report) -> str:
    cells = [name]
    for label in LABELS:
        counts = report.overlap[label]
        cells.append(f"{100 * counts.f1:.1f}" if counts.gold else "–")
    cells.append(f"{100 * report.overlap_total.f1:.1f}")
    cells.append(f"{100 * report.exact_total.f1:.1f}")
    holder = report.holder.value
    cells.append("–" if holder is None else f"{100 * holder:.1f}")
    return "| " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baseline", type=Path, help="a plain spaCy NER pipeline directory")
    ap.add_argument("--write", type=Path, help="also write the tables to this markdown file")
    ap.add_argument("--real", action="store_true", help="also score realdev/ (real news)")
    ap.add_argument("--realtest", action="store_true", help="also score the held-out realtest/")
    ap.add_argument("--only-real", action="store_true", help="skip our own articles")
    args = ap.parse_args(argv)

    systems = []
    if args.baseline:
        systems.append(("plain model alone", partial(model_only, spacy.load(args.baseline))))
    systems.append(("our model alone", partial(model_only, spacy.load(default_model_path()))))
    systems.append(("knowledge only (no model)", partial(beritaner.extract, nlp=beritaner.load(None))))
    systems.append(("**full pipeline**", partial(beritaner.extract, nlp=beritaner.load())))

    header = (
        "| system | PERSON | OFFICE | PLACE | ORG | DATE | all (overlap) | all (exact) | holder acc. |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    )
    out = [
        "# Accuracy by layer",
        "",
        f"Run {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC:",
        "",
        "```",
        " ".join([".venv/bin/python", "bench/accuracy.py", *(argv if argv is not None else sys.argv[1:])]),
        "```",
        "",
        "Overlap F1 per label (×100), then all labels overlap and exact F1, and the share of",
        "offices whose holder the text names that got the right holder.",
    ]
    sets = [] if args.only_real else [
        ("seeds/ + devset/ (rules developed against these)", ["seeds", "devset"]),
        ("testset/ (held out: nobody tunes on it)", ["testset"]),
    ]
    if args.real or args.only_real:
        sets.append(("realdev/ (real news, for development)", ["realdev"]))
    if args.realtest:
        sets.append(("realtest/ (real news, held out: annotated blind, scored rarely)", ["realtest"]))
    for title, dirs in sets:
        files = gold_files([ROOT / d for d in dirs])
        out += ["", f"## {title}: {len(files)} articles", "", header]
        for name, fn in systems:
            started = time.perf_counter()
            report = score_articles(fn, files)
            out.append(row(name, report))
            print(f"{name}: {time.perf_counter() - started:.1f}s", file=sys.stderr)
    text = "\n".join(out) + "\n"
    print(text)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
