"""Score beritaner (or any extractor) against the gold articles in seeds/ and devset/.

>>> import beritaner
>>> from beritaner.evaluation.evaluate import score_articles, format_report
>>> report = score_articles(beritaner.extract, ["devset/"])
>>> print(format_report(report))

Two span matchings are counted, per label and overall (micro-averaged):

- **exact**: a system span with the same label, start and end as a gold span;
- **overlap**: a system span with the same label that shares at least one character
  with a gold span. Matching is one-to-one (a gold span is matched by at most one system
  span and the reverse); exact pairs are taken first, then as many overlapping pairs
  as possible, preferring larger overlaps.

Among overlap-matched pairs the fields are checked:

- **holder accuracy**: gold OFFICEs with a non-null ``holder``: the system's holder
  equals the gold one (compared after collapsing whitespace);
- **DATE value accuracy**: every matched DATE: the system's ``value`` equals the gold
  ``value`` (null equals null);
- **region code accuracy**: gold PLACEs with a non-null ``region_code``.

Each article also gets a readable diff: gold spans the system missed, system spans
not in the gold, boundary differences (overlap but not exact), label confusions
(same stretch of text, other label) and wrong field values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from .gold import gold_files, load_gold
from ..records import LABELS

__all__ = [
    "Span",
    "Counts",
    "Accuracy",
    "ArticleResult",
    "Report",
    "compare_article",
    "aggregate",
    "score_articles",
    "format_report",
    "format_article",
]

#: ``extract_fn(text, reference_date=...)`` → an object with ``.entities`` (an
#: :class:`beritaner.Extraction`) or a plain sequence of entities.
ExtractFn = Callable[..., Any]

FIELDS = ("holder", "value", "region_code")


@dataclass(frozen=True)
class Span:
    """One entity, gold or system, reduced to what scoring needs."""

    label: str
    start: int
    end: int
    text: str
    holder: str | None = None
    value: str | None = None
    region_code: str | None = None

    @classmethod
    def of(cls, entity: Any) -> "Span":
        """From a gold dict or a system record (anything with ``.label .start .end .text``)."""
        get = entity.get if isinstance(entity, Mapping) else lambda k, d=None: getattr(entity, k, d)
        return cls(
            label=get("label"),
            start=int(get("start")),
            end=int(get("end")),
            text=get("text") or "",
            holder=get("holder"),
            value=get("value"),
            region_code=get("region_code"),
        )

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def overlap_size(self, other: "Span") -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def __str__(self) -> str:
        return f"{self.label} {self.text!r} [{self.start}:{self.end}]"


@dataclass
class Counts:
    """True positives, false positives, false negatives; P/R/F1 from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def system(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
        }


@dataclass
class Accuracy:
    """``correct`` out of ``total``; ``value`` is None when nothing was checked."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, other: "Accuracy") -> None:
        self.correct += other.correct
        self.total += other.total

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


def _empty_counts() -> dict[str, Counts]:
    return {label: Counts() for label in LABELS}


@dataclass
class ArticleResult:
    """Scores and the diff for one article."""

    id: str
    exact: dict[str, Counts] = field(default_factory=_empty_counts)
    overlap: dict[str, Counts] = field(default_factory=_empty_counts)
    holder: Accuracy = field(default_factory=Accuracy)
    date_value: Accuracy = field(default_factory=Accuracy)
    region_code: Accuracy = field(default_factory=Accuracy)
    #: gold spans with no overlapping system span of the same label
    missing: list[Span] = field(default_factory=list)
    #: system spans with no overlapping gold span of the same label
    spurious: list[Span] = field(default_factory=list)
    #: (gold, system) matched by overlap but with different boundaries
    boundary: list[tuple[Span, Span]] = field(default_factory=list)
    #: (gold, system) unmatched spans over the same text with different labels
    #: (also counted in ``missing`` and ``spurious``)
    label_confusions: list[tuple[Span, Span]] = field(default_factory=list)
    #: (field name, gold, system) for matched pairs whose checked field differs
    field_errors: list[tuple[str, Span, Span]] = field(default_factory=list)
    #: quote spans matched by overlap (one to one), and the same speaker on those matched
    quotes: Counts = field(default_factory=Counts)
    speaker: Accuracy = field(default_factory=Accuracy)
    #: readable lines for missed and spurious quotes and wrong speakers
    quote_errors: list[str] = field(default_factory=list)

    @property
    def is_perfect(self) -> bool:
        return not (self.missing or self.spurious or self.boundary or self.field_errors or self.quote_errors)


@dataclass
class Report:
    """Totals over all articles plus each article's result."""

    exact: dict[str, Counts] = field(default_factory=_empty_counts)
    overlap: dict[str, Counts] = field(default_factory=_empty_counts)
    holder: Accuracy = field(default_factory=Accuracy)
    date_value: Accuracy = field(default_factory=Accuracy)
    region_code: Accuracy = field(default_factory=Accuracy)
    quotes: Counts = field(default_factory=Counts)
    speaker: Accuracy = field(default_factory=Accuracy)
    articles: list[ArticleResult] = field(default_factory=list)

    @property
    def exact_total(self) -> Counts:
        """Micro-averaged over all labels."""
        return _total(self.exact)

    @property
    def overlap_total(self) -> Counts:
        return _total(self.overlap)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able numbers (no per-article diffs)."""
        return {
            "articles": len(self.articles),
            "exact": {**{k: v.to_dict() for k, v in self.exact.items()}, "ALL": self.exact_total.to_dict()},
            "overlap": {**{k: v.to_dict() for k, v in self.overlap.items()}, "ALL": self.overlap_total.to_dict()},
            "holder_accuracy": self.holder.to_dict(),
            "date_value_accuracy": self.date_value.to_dict(),
            "region_code_accuracy": self.region_code.to_dict(),
            "quotes_overlap": self.quotes.to_dict(),
            "speaker_accuracy": self.speaker.to_dict(),
        }


def _total(per_label: Mapping[str, Counts]) -> Counts:
    total = Counts()
    for counts in per_label.values():
        total.add(counts)
    return total


# ------------------------------------------------------------------------- matching


def _match_overlap(gold: Sequence[Span], system: Sequence[Span]) -> dict[int, int]:
    """One-to-one matching gold index → system index between same-label overlapping
    spans: exact pairs first, then a maximum matching preferring larger overlaps."""
    matched: dict[int, int] = {}
    used: set[int] = set()
    exact_index: dict[tuple[str, int, int], list[int]] = {}
    for j, s in enumerate(system):
        exact_index.setdefault((s.label, s.start, s.end), []).append(j)
    for i, g in enumerate(gold):
        for j in exact_index.get((g.label, g.start, g.end), []):
            if j not in used:
                matched[i] = j
                used.add(j)
                break

    # candidate edges for the rest, best overlap first
    edges: dict[int, list[int]] = {}
    for i, g in enumerate(gold):
        if i in matched:
            continue
        options = [j for j, s in enumerate(system) if j not in used and s.label == g.label and g.overlaps(s)]
        options.sort(key=lambda j: (-g.overlap_size(system[j]), abs(system[j].start - g.start)))
        if options:
            edges[i] = options
    owner: dict[int, int] = {}  # system index → gold index (non-exact part)

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges.get(i, ()):
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in sorted(edges):
        augment(i, set())
    for j, i in owner.items():
        matched[i] = j
    return matched


def _norm(value: Any) -> Any:
    return " ".join(value.split()) if isinstance(value, str) else value


def compare_article(
    article_id: str,
    gold_entities: Iterable[Any],
    system_entities: Iterable[Any],
) -> ArticleResult:
    """Score one article: gold entities (dicts in the gold JSON format, or records)
    against system entities (records with ``.label .start .end .text`` and fields)."""
    gold = sorted((Span.of(e) for e in gold_entities), key=lambda s: (s.start, s.end))
    system = sorted((Span.of(e) for e in system_entities), key=lambda s: (s.start, s.end))
    result = ArticleResult(id=article_id)

    gold_exact = {}
    for g in gold:
        gold_exact.setdefault((g.label, g.start, g.end), 0)
        gold_exact[(g.label, g.start, g.end)] += 1
    remaining = dict(gold_exact)
    for s in system:
        key = (s.label, s.start, s.end)
        if remaining.get(key, 0) > 0:
            remaining[key] -= 1
            result.exact[s.label].tp += 1
        elif s.label in result.exact:
            result.exact[s.label].fp += 1
    for (label, _, _), left in remaining.items():
        if label in result.exact:
            result.exact[label].fn += left

    matched = _match_overlap(gold, system)
    matched_system = set(matched.values())
    for i, g in enumerate(gold):
        if g.label not in result.overlap:
            continue
        if i in matched:
            s = system[matched[i]]
            result.overlap[g.label].tp += 1
            if (s.start, s.end) != (g.start, g.end):
                result.boundary.append((g, s))
            if g.label == "OFFICE" and g.holder is not None:
                ok = _norm(s.holder) == _norm(g.holder)
                result.holder.total += 1
                result.holder.correct += ok
                if not ok:
                    result.field_errors.append(("holder", g, s))
            if g.label == "DATE":
                ok = _norm(s.value) == _norm(g.value)
                result.date_value.total += 1
                result.date_value.correct += ok
                if not ok:
                    result.field_errors.append(("value", g, s))
            if g.label == "PLACE" and g.region_code is not None:
                ok = s.region_code == g.region_code
                result.region_code.total += 1
                result.region_code.correct += ok
                if not ok:
                    result.field_errors.append(("region_code", g, s))
        else:
            result.overlap[g.label].fn += 1
            result.missing.append(g)
    for j, s in enumerate(system):
        if j not in matched_system:
            if s.label in result.overlap:
                result.overlap[s.label].fp += 1
            result.spurious.append(s)

    for g in result.missing:
        for s in result.spurious:
            if s.label != g.label and g.overlap_size(s) > 0 and (
                (s.start, s.end) == (g.start, g.end) or g.overlap_size(s) * 2 >= max(g.end - g.start, s.end - s.start)
            ):
                result.label_confusions.append((g, s))
    return result


def _field(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, Mapping) else getattr(item, name, None)


def _speaker_key(item: Any) -> str | None:
    speaker = _field(item, "speaker")
    return " ".join(speaker.split()).casefold() if isinstance(speaker, str) else None


def match_quotes(gold: Sequence[Any], system: Sequence[Any]) -> tuple[Counts, Accuracy]:
    """Quotes (dicts or records with ``start``, ``end``, ``speaker``) matched one to one
    by overlap, largest overlap first: overlap P/R/F counts, and on the matched pairs
    how many name the same speaker (case and spacing aside)."""
    counts, speaker, _errors = _match_quotes(gold, system, None)
    return counts, speaker


def _match_quotes(gold: Sequence[Any], system: Sequence[Any], text: str | None) -> tuple[Counts, Accuracy, list[str]]:
    pairs = sorted(
        ((min(_field(g, "end"), _field(q, "end")) - max(_field(g, "start"), _field(q, "start")), i, j)
         for i, g in enumerate(gold) for j, q in enumerate(system)),
        reverse=True,
    )
    used_gold: dict[int, int] = {}
    used_system: set[int] = set()
    speaker = Accuracy()
    for size, i, j in pairs:
        if size <= 0:
            break
        if i in used_gold or j in used_system:
            continue
        used_gold[i] = j
        used_system.add(j)
        speaker.total += 1
        speaker.correct += _speaker_key(gold[i]) == _speaker_key(system[j])
    counts = Counts(tp=len(used_gold), fp=len(system) - len(used_system), fn=len(gold) - len(used_gold))
    errors: list[str] = []
    if text is not None:
        def words(q: Any) -> str:
            start, end = _field(q, "start"), _field(q, "end")
            shown = " ".join(text[start:end].split()[:8])
            return f"[{start}:{end}] {shown!r}"

        for i, g in enumerate(gold):
            if i not in used_gold:
                errors.append(f"missing {_field(g, 'kind')} {words(g)} (speaker {_field(g, 'speaker')!r})")
            elif _speaker_key(g) != _speaker_key(system[used_gold[i]]):
                q = system[used_gold[i]]
                errors.append(f"speaker {words(g)}: gold {_field(g, 'speaker')!r}, system "
                              f"{_field(q, 'speaker')!r} (cue {_field(q, 'cue')!r})")
        for j, q in enumerate(system):
            if j not in used_system:
                errors.append(f"spurious {_field(q, 'kind')} {words(q)} (cue {_field(q, 'cue')!r})")
    return counts, speaker, errors


def aggregate(results: Iterable[ArticleResult]) -> Report:
    """Sum article results into a :class:`Report`."""
    report = Report()
    for result in results:
        report.articles.append(result)
        for label in LABELS:
            report.exact[label].add(result.exact[label])
            report.overlap[label].add(result.overlap[label])
        report.holder.add(result.holder)
        report.date_value.add(result.date_value)
        report.region_code.add(result.region_code)
        report.quotes.add(result.quotes)
        report.speaker.add(result.speaker)
    return report


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(gold_files([path]))
        else:
            out.append(path.with_suffix(".json") if path.suffix in (".txt", ".ann") else path)
    return out


def score_articles(
    extract_fn: ExtractFn,
    paths: Iterable[str | Path],
    *,
    use_reference_date: bool = True,
) -> Report:
    """Run ``extract_fn(text, reference_date=...)`` on every gold article and score it.

    ``paths``: gold ``NAME.json`` files (``NAME.txt`` or folders of them also work).
    ``extract_fn`` returns a :class:`beritaner.Extraction` or anything with an
    ``entities`` sequence (or the sequence itself) of objects with ``label``,
    ``start``, ``end``, ``text`` and optionally ``holder``, ``value``, ``region_code``.
    The article's ``reference_date`` from the gold file is passed unless
    ``use_reference_date`` is False (then ``None``).
    """
    results = []
    for path in _expand(paths):
        text, gold = load_gold(path)
        ref = gold.get("reference_date") if use_reference_date else None
        output = extract_fn(text, reference_date=ref)
        entities = getattr(output, "entities", output)
        result = compare_article(gold.get("id") or path.stem, gold.get("entities", []), entities)
        if "quotes" in gold:  # gold that annotates quotes: score them too
            result.quotes, result.speaker, result.quote_errors = _match_quotes(
                gold["quotes"], getattr(output, "quotes", ()), text)
        results.append(result)
    return aggregate(results)


# ------------------------------------------------------------------------- formatting


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def format_article(result: ArticleResult, *, limit: int | None = None) -> str:
    """A readable diff of one article (empty string when it is perfect)."""
    lines: list[str] = []

    def section(title: str, items: list[str]) -> None:
        if not items:
            return
        lines.append(f"- {title} ({len(items)}):")
        shown = items if limit is None else items[:limit]
        lines.extend(f"    - {item}" for item in shown)
        if len(shown) < len(items):
            lines.append(f"    - … {len(items) - len(shown)} more")

    section("missing", [str(g) for g in result.missing])
    section("spurious", [str(s) for s in result.spurious])
    section("boundary", [f"{g.label} gold {g.text!r} [{g.start}:{g.end}] ≠ system {s.text!r} [{s.start}:{s.end}]"
                         for g, s in result.boundary])
    section("label", [f"{g.text!r} [{g.start}:{g.end}]: gold {g.label}, system {s.label} {s.text!r}"
                      for g, s in result.label_confusions])
    section("fields", [f"{g.label} {g.text!r}: {name} gold {getattr(g, name)!r}, system {getattr(s, name)!r}"
                       for name, g, s in result.field_errors])
    section("quotes", result.quote_errors)
    if not lines:
        return ""
    return f"### {result.id}\n" + "\n".join(lines)


def format_report(report: Report, *, diffs: bool = True, limit: int | None = 20) -> str:
    """The report as markdown: a table of exact and overlap P/R/F1 per label and
    overall, the field accuracies, then (with ``diffs``) each imperfect article's diff
    (at most ``limit`` lines per section; None for all)."""
    lines = [
        f"Articles: {len(report.articles)}",
        "",
        "| Label | Gold | System | Exact P | Exact R | Exact F1 | Overlap P | Overlap R | Overlap F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    rows = [(label, report.exact[label], report.overlap[label]) for label in LABELS]
    rows.append(("**ALL**", report.exact_total, report.overlap_total))
    for label, ex, ov in rows:
        lines.append(
            f"| {label} | {ov.gold} | {ov.system} | {_pct(ex.precision)} | {_pct(ex.recall)} | {_pct(ex.f1)} "
            f"| {_pct(ov.precision)} | {_pct(ov.recall)} | {_pct(ov.f1)} |"
        )
    lines += [
        "",
        "| Field | Correct | Checked | Accuracy |",
        "|---|---:|---:|---:|",
        f"| OFFICE holder | {report.holder.correct} | {report.holder.total} | {_pct(report.holder.value)} |",
        f"| DATE value | {report.date_value.correct} | {report.date_value.total} | {_pct(report.date_value.value)} |",
        f"| PLACE region_code | {report.region_code.correct} | {report.region_code.total} | {_pct(report.region_code.value)} |",
    ]
    if report.quotes.gold or report.quotes.system:
        q = report.quotes
        lines += [
            "",
            "| Quotes | Gold | System | Overlap P | Overlap R | Overlap F1 | Right speaker (matched) |",
            "|---|---:|---:|---:|---:|---:|---:|",
            f"| all | {q.gold} | {q.system} | {_pct(q.precision)} | {_pct(q.recall)} | {_pct(q.f1)} "
            f"| {_pct(report.speaker.value)} ({report.speaker.correct}/{report.speaker.total}) |",
        ]
    if diffs:
        parts = [format_article(a, limit=limit) for a in report.articles]
        parts = [p for p in parts if p]
        if parts:
            lines += ["", "## Differences", ""]
            lines.append("\n\n".join(parts))
    return "\n".join(lines) + "\n"
