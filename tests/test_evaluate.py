"""The scorer on small hand-made cases: exact vs overlap, one-to-one matching,
field accuracies, diffs, and a whole run over gold files with a fake extractor."""

from __future__ import annotations

import json

import pytest

from beritaner.evaluation.evaluate import compare_article, aggregate, format_report, score_articles
from beritaner.records import Date, Extraction, Office, Person, Place

TEXT = "Gubernur Banten Andra Soni memimpin rapat di Kota Serang, Kamis (19/2/2026)."
#       0         1         2         3         4         5         6         7
#       0123456789012345678901234567890123456789012345678901234567890123456789012345


def g(label, start, end, **fields):
    return {"label": label, "start": start, "end": end, "text": TEXT[start:end], **fields}


GOLD = [
    g("OFFICE", 0, 15, holder="Andra Soni"),
    g("PERSON", 16, 26),
    g("PLACE", 45, 56, region_code="36.73"),
    g("DATE", 58, 75, value="2026-02-19"),
]


def sys_(label, start, end, **fields):
    """A system entity as the real records make it."""
    cls = {"OFFICE": Office, "PERSON": Person, "PLACE": Place, "DATE": Date}[label]
    extra = {"title": TEXT[start:end]} if label == "OFFICE" else {}
    if label == "PERSON":
        extra = {"name": TEXT[start:end]}
    return cls(text=TEXT[start:end], start=start, end=end, score=0.9, source="test", **extra, **fields)


def test_perfect_output_scores_one():
    system = [
        sys_("OFFICE", 0, 15, holder="Andra Soni"),
        sys_("PERSON", 16, 26),
        sys_("PLACE", 45, 56, region_code="36.73"),
        sys_("DATE", 58, 75, value="2026-02-19"),
    ]
    report = aggregate([compare_article("a", GOLD, system)])
    assert report.exact_total.f1 == 1.0
    assert report.overlap_total.f1 == 1.0
    assert report.holder.value == 1.0 and report.date_value.value == 1.0
    assert report.region_code.value == 1.0
    assert report.articles[0].is_perfect


def test_boundary_difference_counts_for_overlap_not_exact():
    # system takes "Kamis (19/2/2026)." with the full stop, and only "Gubernur"
    system = [sys_("DATE", 58, 76, value="2026-02-19"), sys_("OFFICE", 0, 8, holder="Andra Soni")]
    result = compare_article("a", GOLD, system)
    assert result.exact["DATE"].tp == 0 and result.exact["DATE"].fp == 1 and result.exact["DATE"].fn == 1
    assert result.overlap["DATE"].tp == 1 and result.overlap["DATE"].fp == 0
    assert result.overlap["OFFICE"].tp == 1
    assert {g_.label for g_, _ in result.boundary} == {"DATE", "OFFICE"}
    # PERSON and PLACE were not found at all
    assert result.overlap["PERSON"].fn == 1 and result.overlap["PLACE"].fn == 1
    assert [m.text for m in result.missing] == ["Andra Soni", "Kota Serang"]
    assert result.overlap["PERSON"].recall == 0.0


def test_overlap_needs_the_same_label():
    system = [sys_("PLACE", 0, 15)]  # "Gubernur Banten" as a PLACE
    result = compare_article("a", GOLD, system)
    assert result.overlap["OFFICE"].tp == 0 and result.overlap["OFFICE"].fn == 1
    assert result.overlap["PLACE"].fp == 1
    assert [(a.label, b.label) for a, b in result.label_confusions] == [("OFFICE", "PLACE")]


def test_overlap_matching_is_one_to_one():
    # one system span covering two gold spans matches only one of them
    system = [sys_("OFFICE", 0, 26, holder="Andra Soni")]
    gold = [g("OFFICE", 0, 15, holder="Andra Soni"), g("OFFICE", 16, 26, holder=None)]
    result = compare_article("a", gold, system)
    assert result.overlap["OFFICE"].tp == 1
    assert result.overlap["OFFICE"].fn == 1
    assert result.overlap["OFFICE"].fp == 0
    # and two system spans inside one gold span: one matches, the other is spurious
    system = [sys_("OFFICE", 0, 8), sys_("OFFICE", 9, 15)]
    result = compare_article("a", [g("OFFICE", 0, 15, holder=None)], system)
    assert (result.overlap["OFFICE"].tp, result.overlap["OFFICE"].fp, result.overlap["OFFICE"].fn) == (1, 1, 0)


def test_matching_maximises_pairs():
    # gold A=[0,10) B=[10,20); system X=[5,15) overlaps both, Y=[0,4) only A.
    # Greedy X→A would leave Y unmatched; the best matching is Y→A, X→B.
    gold = [{"label": "ORG", "start": 0, "end": 10, "text": "a"}, {"label": "ORG", "start": 10, "end": 20, "text": "b"}]
    system = [{"label": "ORG", "start": 5, "end": 15, "text": "x"}, {"label": "ORG", "start": 0, "end": 4, "text": "y"}]
    result = compare_article("m", gold, system)
    assert result.overlap["ORG"].tp == 2 and result.overlap["ORG"].fp == 0


def test_exact_pair_wins_over_larger_overlap():
    gold = [{"label": "ORG", "start": 0, "end": 10, "text": "a"}]
    system = [{"label": "ORG", "start": 0, "end": 9, "text": "x"}, {"label": "ORG", "start": 0, "end": 10, "text": "a"}]
    result = compare_article("m", gold, system)
    assert result.exact["ORG"].tp == 1 and result.boundary == []
    assert len(result.spurious) == 1 and result.spurious[0].end == 9


def test_holder_accuracy_counts_only_matched_offices_with_a_gold_holder():
    gold = [
        g("OFFICE", 0, 15, holder="Andra Soni"),
        {"label": "OFFICE", "start": 30, "end": 35, "text": "rapat", "holder": None},  # no gold holder
        {"label": "OFFICE", "start": 45, "end": 56, "text": "Kota Serang", "holder": "Andra Soni"},  # unmatched
    ]
    system = [
        sys_("OFFICE", 0, 8, holder="Andra  Soni"),  # overlap match, holder equal after spacing
        {"label": "OFFICE", "start": 30, "end": 35, "text": "rapat", "holder": "Andra Soni"},
    ]
    result = compare_article("h", gold, system)
    assert (result.holder.correct, result.holder.total) == (1, 1)

    wrong = [sys_("OFFICE", 0, 15, holder="Andra")]
    result = compare_article("h", gold[:1], wrong)
    assert (result.holder.correct, result.holder.total) == (0, 1)
    assert result.field_errors[0][0] == "holder"
    assert result.holder.value == 0.0


def test_date_value_accuracy_among_matched_dates():
    gold = [g("DATE", 58, 75, value="2026-02-19"), {"label": "DATE", "start": 0, "end": 8, "text": "Gubernur", "value": None}]
    system = [sys_("DATE", 58, 75, value="2025-02-19")]  # wrong year; second gold DATE missed
    result = compare_article("d", gold, system)
    assert (result.date_value.correct, result.date_value.total) == (0, 1)
    assert result.field_errors[0][0] == "value"


def test_report_micro_average_and_markdown():
    r1 = compare_article("one", GOLD, [sys_("PERSON", 16, 26)])
    r2 = compare_article("two", GOLD[:2], [sys_("PERSON", 16, 26), sys_("PLACE", 45, 56)])
    report = aggregate([r1, r2])
    total = report.overlap_total
    assert (total.tp, total.fp, total.fn) == (2, 1, 4)
    assert total.precision == pytest.approx(2 / 3) and total.recall == pytest.approx(2 / 6)
    text = format_report(report)
    assert "| PERSON | 2 | 2 | 100.0 | 100.0 | 100.0 |" in text
    assert "### one" in text and "missing (3)" in text
    assert "spurious (1)" in text and "PLACE 'Kota Serang'" in text
    assert "| OFFICE holder | 0 | 0 | – |" in text


def test_score_articles_runs_extractor_on_gold_files(tmp_path):
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "x.json").write_text(
        json.dumps({"id": "x", "reference_date": "2026-02-19", "style": "t", "entities": GOLD}), encoding="utf-8"
    )
    seen = {}

    def fake_extract(text, reference_date=None):
        seen["ref"] = reference_date
        return Extraction(entities=(sys_("OFFICE", 0, 15, holder="Andra Soni"), sys_("DATE", 58, 75, value="2026-02-19")))

    report = score_articles(fake_extract, [tmp_path])
    assert seen["ref"] == "2026-02-19"
    assert report.exact["OFFICE"].tp == 1 and report.exact["DATE"].tp == 1
    assert report.exact_total.fn == 2
    assert report.to_dict()["holder_accuracy"]["accuracy"] == 1.0
