"""Entities highlighted in HTML, for notebooks and reports.

>>> from beritaner.io.display import render_html
>>> html = render_html(result, text)        # or just `result` as a notebook cell's value

Each entity becomes a coloured ``<mark>`` with its label (and its most useful field: a
DATE's ISO value, an OFFICE's holder, a PLACE's region code) in a small tag; hovering
shows every field. Each quote is underlined in the text with its speaker in a small tag
after it, and listed under the text ("who said what": speaker, offices, kind, cue). Everything taken from the text or the records is HTML-escaped.
Styles are inline, so the fragment looks the same in Jupyter, VS Code and a saved file.
"""

from __future__ import annotations

from collections import Counter
import re
from html import escape
from typing import Any, Mapping

from .. import records
from ..records import LABELS, Extraction

#: Background colour of each label's marks; pass ``colors=`` to change some of them.
LABEL_COLORS: dict[str, str] = {
    "PERSON": "#dccbfa",
    "OFFICE": "#fdd79b",
    "PLACE": "#bfe8c9",
    "ORG": "#b3dcf2",
    "DATE": "#f9c6d6",
}
_UNKNOWN_COLOR = "#e2e2e2"

# Fields every entity has; the rest are the label's own and go into the tooltip.
_COMMON_FIELDS = ("label", "text", "start", "end", "score", "source")

_BOX_STYLE = (
    "font-family: -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', "
    "Arial, sans-serif; font-size: 15px; color: #1f2328; background: #ffffff; "
    "max-width: 52rem; padding: 1rem 1.25rem; border: 1px solid #e4e6ea; "
    "border-radius: 8px"
)
_HEAD_STYLE = (
    "display: flex; flex-wrap: wrap; gap: 0.35rem 0.9rem; align-items: center; "
    "font-size: 12.5px; color: #57606a; padding-bottom: 0.6rem; margin-bottom: 0.6rem; "
    "border-bottom: 1px solid #eef0f2; line-height: 1.6"
)
_TEXT_STYLE = "white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.2"
# A line break outside entities: a thin block, so paragraphs stand apart from wrapped lines.
_BREAK = '<span class="beritaner-br" style="display: block; height: 0.5em"></span>'
_NEWLINE = re.compile(r"\r\n|\r|\n")
_MARK_STYLE = (
    "background: {color}; color: #1f2328; padding: 0.18em 0.4em; margin: 0 0.08em; "
    "border-radius: 0.35em; line-height: 1; box-decoration-break: clone; "
    "-webkit-box-decoration-break: clone; cursor: help"
)
_TAG_STYLE = (
    "font-size: 0.62em; font-weight: 700; letter-spacing: 0.04em; margin-left: 0.45em; "
    "vertical-align: 0.12em; color: #3b4048"
)
_DETAIL_STYLE = (
    "font-size: 0.66em; font-weight: 500; margin-left: 0.3em; vertical-align: 0.1em; "
    "color: #3b4048; background: rgba(255,255,255,0.55); padding: 0.05em 0.35em; "
    "border-radius: 0.3em"
)
_QUOTE_STYLE = "border-bottom: 2px dotted #6e7781; padding-bottom: 0.1em"
_QUOTE_TAG_STYLE = (
    "font-size: 0.66em; font-weight: 600; margin-left: 0.3em; vertical-align: 0.1em; "
    "color: #ffffff; background: #6e7781; padding: 0.05em 0.4em; border-radius: 0.3em"
)
_QUOTES_STYLE = (
    "margin-top: 0.8rem; padding-top: 0.6rem; border-top: 1px solid #eef0f2; "
    "font-size: 13.5px; line-height: 1.5"
)
_SWATCH_STYLE = (
    "display: inline-block; width: 0.8em; height: 0.8em; border-radius: 0.2em; "
    "margin-right: 0.3em; vertical-align: -0.05em; background: {color}"
)


def render_html(
    extraction: Extraction,
    text: str | None = None,
    *,
    colors: Mapping[str, str] | None = None,
    header: bool = True,
) -> str:
    """``text`` as an HTML fragment with the entities of ``extraction`` highlighted.

    ``text`` is the string the extraction was made from; by default the one that
    :func:`beritaner.extract` kept on the result. ``header`` adds a line with the
    document id, reference date and a count per label.

    Raises ValueError when no text is known or an entity's offsets do not index the
    text given (a different text than the one extracted from).
    """
    if text is None:
        text = extraction._text
    if text is None:
        raise ValueError(
            "render_html needs the text the extraction was made from: pass it as the "
            "second argument (records read back from JSON do not carry it)"
        )
    palette = {**LABEL_COLORS, **(colors or {})}
    entities = sorted(extraction.entities, key=lambda e: (e.start, e.end))
    for entity in entities:
        if text[entity.start : entity.end] != entity.text:
            raise ValueError(
                f"{entity.label} {entity.text!r} at {entity.start}:{entity.end} does not "
                f"match the text given there ({text[entity.start:entity.end]!r}); pass the "
                "text this extraction was made from"
            )
    quotes = sorted(extraction.quotes, key=lambda q: (q.start, q.end))
    for quote in quotes:
        if text[quote.start : quote.end] != quote.text:
            raise ValueError(
                f"quote {quote.text[:40]!r} at {quote.start}:{quote.end} does not match the "
                "text given there; pass the text this extraction was made from"
            )
    parts: list[str] = []
    position = 0
    for quote in _nestable(quotes, entities):
        parts.append(_marked(text, position, quote.start, entities, palette))
        inner = _marked(text, quote.start, quote.end, entities, palette)
        parts.append(
            f'<span class="beritaner-quote" title="{escape(_quote_title(quote))}" '
            f'style="{_QUOTE_STYLE}">{inner}</span>'
            f'<span class="beritaner-qtag" style="{_QUOTE_TAG_STYLE}">'
            f"{escape(quote.speaker or '?')}</span>"
        )
        position = quote.end
    parts.append(_marked(text, position, len(text), entities, palette))
    body = f'<div class="beritaner-text" style="{_TEXT_STYLE}">{"".join(parts)}</div>'
    head = _head(extraction, palette) if header else ""
    listing = _quote_list(quotes) if quotes else ""
    return f'<div class="beritaner" style="{_BOX_STYLE}">{head}{body}{listing}</div>'


def _nestable(quotes: list[Any], entities: list[Any]) -> list[Any]:
    """The quotes that can be drawn around their entities: no two overlapping, and no
    entity crossing a quote's edge (those quotes still appear in the list below)."""
    kept: list[Any] = []
    end = 0
    for quote in quotes:
        crosses = any(
            e.start < edge < e.end for e in entities for edge in (quote.start, quote.end)
        )
        if quote.start >= end and not crosses:
            kept.append(quote)
            end = quote.end
    return kept


def _marked(text: str, start: int, end: int, entities: list[Any], palette: Mapping[str, str]) -> str:
    """``text[start:end]`` escaped, with the entities inside it marked (an entity that
    overlaps one already marked is skipped: both cannot be drawn)."""
    parts: list[str] = []
    position = start
    for entity in entities:
        if entity.start < position or entity.end > end:
            continue
        parts.append(_plain(text[position : entity.start]))
        parts.append(_mark(entity, palette))
        position = entity.end
    parts.append(_plain(text[position:end]))
    return "".join(parts)


def _quote_title(quote: Any) -> str:
    lines = [f"QUOTE  ·  {quote.kind}  ·  {quote.start}–{quote.end}"]
    lines.append(f"speaker: {quote.speaker or 'unknown'}"
                 + (f" ({quote.speaker_label})" if quote.speaker_label else ""))
    if quote.speaker_offices:
        lines.append("offices: " + ", ".join(quote.speaker_offices))
    if quote.cue:
        lines.append(f"cue: {quote.cue}")
    return "\n".join(lines)


def _quote_list(quotes: list[Any]) -> str:
    rows = []
    for quote in quotes:
        who = escape(quote.speaker or "unknown speaker")
        if quote.speaker_offices:
            who += f' <span style="color: #57606a">({escape(", ".join(quote.speaker_offices))})</span>'
        how = escape(quote.kind + (f", {quote.cue}" if quote.cue else ""))
        words = quote.text if len(quote.text) <= 160 else quote.text[:157] + "…"
        rows.append(
            f'<li><strong>{who}</strong> <span style="color: #57606a">[{how}]</span>: '
            f"“{escape(words)}”</li>"
        )
    return (
        f'<div class="beritaner-quotes" style="{_QUOTES_STYLE}">'
        f'<div style="font-weight: 600; margin-bottom: 0.3rem">Who said what ({len(quotes)})</div>'
        f'<ul style="margin: 0; padding-left: 1.2rem">{"".join(rows)}</ul></div>'
    )


def _plain(segment: str) -> str:
    return _NEWLINE.sub(_BREAK, escape(segment))


def entity_details(entity: Any) -> dict[str, Any]:
    """The label's own fields that carry information (not None, empty or False)."""
    details = {}
    for name in type(entity).model_fields:
        if name in _COMMON_FIELDS:
            continue
        value = getattr(entity, name)
        if value is None or value is False or value == ():
            if entity.label == "DATE" and name == "value":
                details[name] = "unresolved"
            continue
        details[name] = ", ".join(value) if isinstance(value, tuple) else value
    return details


def _inline_detail(entity: Any) -> str | None:
    """The one field worth seeing without hovering."""
    if entity.label == "DATE":
        detail = entity.value or "?"
        return f"{detail} ⚠" if entity.weekday_mismatch else detail
    if entity.label == "OFFICE":
        return f"→ {entity.holder}" if entity.holder else None
    if entity.label == "PLACE":
        return entity.region_code
    return None


def _title(entity: Any) -> str:
    lines = [f"{entity.label}  ·  {entity.source}  ·  score {entity.score:.2f}  ·  {entity.start}–{entity.end}"]
    for name, value in entity_details(entity).items():
        shown = "yes" if value is True else value
        lines.append(f"{name.replace('_', ' ')}: {shown}")
    return "\n".join(lines)


def _mark(entity: Any, palette: Mapping[str, str]) -> str:
    color = palette.get(entity.label, _UNKNOWN_COLOR)
    detail = _inline_detail(entity)
    detail_html = (
        f'<span class="beritaner-detail" style="{_DETAIL_STYLE}">{escape(detail)}</span>'
        if detail
        else ""
    )
    return (
        f'<mark class="beritaner-ent" data-label="{escape(entity.label)}" '
        f'title="{escape(_title(entity))}" style="{escape(_MARK_STYLE.format(color=color))}">'
        f"{escape(entity.text)}"
        f'<span class="beritaner-tag" style="{_TAG_STYLE}">{escape(entity.label)}</span>'
        f"{detail_html}</mark>"
    )


def _head(extraction: Extraction, palette: Mapping[str, str]) -> str:
    items = []
    if extraction.id:
        items.append(f'<strong style="color: #1f2328">{escape(extraction.id)}</strong>')
    if extraction.reference_date:
        items.append(f"reference date {escape(extraction.reference_date)}")
    counts = Counter(e.label for e in extraction.entities)
    labels = [label for label in LABELS if counts[label]] + sorted(
        label for label in counts if label not in LABELS
    )
    for label in labels:
        swatch = _SWATCH_STYLE.format(color=palette.get(label, _UNKNOWN_COLOR))
        items.append(
            f'<span><span style="{escape(swatch)}"></span>{escape(label)} {counts[label]}</span>'
        )
    if not counts:
        items.append("no entities")
    return f'<div class="beritaner-head" style="{_HEAD_STYLE}">{"".join(items)}</div>'


records.VIEWS["html"] = render_html
