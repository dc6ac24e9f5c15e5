"""Golden test: the pipeline on our annotated seed articles, span by span.

The gold files in seeds/ are what the guidelines ask for; the pipeline is not perfect,
so each article must reach a floor of overlap F1 (and the seeds together a higher one),
and a failure prints the readable diff (missing / spurious / boundary / wrong fields).
The floors are set a little below what the shipped pipeline measures (README table)
so that a regression fails here.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

import beritaner
from beritaner.evaluation.evaluate import format_article, score_articles
from beritaner.evaluation.gold import gold_files

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ARTICLE_FLOOR = 0.75
TOTAL_OVERLAP_FLOOR = 0.85
TOTAL_EXACT_FLOOR = 0.75


@pytest.fixture(scope="module")
def report(nlp):
    return score_articles(partial(beritaner.extract, nlp=nlp), gold_files([SEEDS]))


def test_there_are_seed_articles():
    assert len(gold_files([SEEDS])) >= 5


@pytest.mark.parametrize("path", gold_files([SEEDS]), ids=lambda p: p.stem)
def test_each_seed_article(nlp, path):
    report = score_articles(partial(beritaner.extract, nlp=nlp), [path])
    article = report.articles[0]
    f1 = report.overlap_total.f1
    assert f1 >= ARTICLE_FLOOR, f"overlap F1 {f1:.3f} on {path.name}\n{format_article(article)}"


def test_seeds_together(report):
    diffs = "\n".join(format_article(a, limit=8) for a in report.articles)
    assert report.overlap_total.f1 >= TOTAL_OVERLAP_FLOOR, diffs
    assert report.exact_total.f1 >= TOTAL_EXACT_FLOOR, diffs
