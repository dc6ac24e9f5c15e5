"""Gold annotations: load, build from a ``.ann`` spec, and validate.

A gold article is ``NAME.txt`` (the text exactly as scraped) beside ``NAME.json``::

    {"id": "NAME", "reference_date": "2026-02-19", "style": "detik",
     "entities": [{"label": "OFFICE", "start": 0, "end": 15,
                   "text": "Gubernur Banten", "holder": "Andra Soni"}, ...]}

(see DEVELOPERS.md and ../shared/ANNOTATION.md). ``NAME.json`` is written from a
human-friendly spec ``NAME.ann``::

    # reference_date=2026-02-19 style=detik
    OFFICE<TAB>Gubernur Banten<TAB>holder=Andra Soni
    PERSON<TAB>Andra Soni
    PLACE<TAB>Kota Serang<TAB>region_code=36.73
    DATE<TAB>Kamis (19/2/2026)<TAB>value=2026-02-19

Lines are in text order. Each surface is found at its next occurrence at or after the
end of the previous entity, on word boundaries. Extra tab-separated fields:

- ``key=value`` — a record field; ``null`` means None, ``true``/``false`` booleans.
- ``@N`` — take the N-th such occurrence (``@2`` skips one), counted from that point.
- ``glued`` — the surface may sit inside a longer word (``kepadadetikSulsel``).

Texts are read with ``newline=""`` so offsets index the file's characters exactly.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

__all__ = [
    "SpecError",
    "load_gold",
    "read_text",
    "validate",
    "parse_spec",
    "build",
    "dump_gold",
    "gold_files",
    "load_region_codes",
    "is_iso_value",
]

#: Fields every gold entity has.
BASE_KEYS = ("label", "start", "end", "text")
#: Fields a gold entity of each label must carry (value may be null).
REQUIRED_KEYS: dict[str, tuple[str, ...]] = {
    "DATE": ("value",),
    "OFFICE": ("holder",),
    "PLACE": ("region_code",),
    "PERSON": (),
    "ORG": (),
}
#: The five labels (as in records.py; repeated so this module imports nothing from the
#: package and ``scripts/gold.py`` works even while the pipeline is broken).
LABELS: tuple[str, ...] = ("PERSON", "OFFICE", "PLACE", "ORG", "DATE")
#: Fields a gold entity may carry: the record fields of its label (records.py; a test
#: keeps the two in step).
RECORD_FIELDS: dict[str, frozenset[str]] = {
    "PERSON": frozenset({"name", "honorifics", "rank"}),
    "OFFICE": frozenset({"title", "jurisdiction", "acting", "former", "candidate", "holder", "aliases"}),
    "PLACE": frozenset({"name", "region_code", "level", "province", "alternatives", "aliases"}),
    "ORG": frozenset({"name", "aliases"}),
    "DATE": frozenset({"value", "grain", "weekday_mismatch"}),
}
ALLOWED_KEYS: dict[str, frozenset[str]] = {
    label: frozenset(BASE_KEYS) | RECORD_FIELDS[label] for label in LABELS
}

_DAY = r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
_POINT = (
    rf"(?:{_DAY}|\d{{4}}-(?:0[1-9]|1[0-2])|\d{{4}}|\d{{4}}-Q[1-4]|\d{{4}}-H[12]"
    r"|\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3]))"
)
_ISO_RE = re.compile(rf"^{_POINT}(?:/{_POINT})?$")
_REGION_RE = re.compile(r"^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$")
_NUMERIC_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")
_WORD_CHAR = re.compile(r"\w")


class SpecError(ValueError):
    """A ``.ann`` spec that cannot be turned into gold: message starts with file:line."""


# --------------------------------------------------------------------------- loading


def read_text(path: str | Path) -> str:
    """The article text exactly as stored (no newline translation)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def _stem_paths(path: str | Path) -> tuple[Path, Path]:
    path = Path(path)
    if path.suffix in (".json", ".txt", ".ann"):
        path = path.with_suffix("")
    return path.with_name(path.name + ".txt"), path.with_name(path.name + ".json")


def load_gold(path: str | Path) -> tuple[str, dict[str, Any]]:
    """``(text, gold)`` for an article given as ``NAME.json``, ``NAME.txt`` or ``NAME``."""
    txt_path, json_path = _stem_paths(path)
    text = read_text(txt_path)
    with open(json_path, encoding="utf-8") as handle:
        gold = json.load(handle)
    return text, gold


def gold_files(dirs: Iterable[str | Path]) -> list[Path]:
    """Every ``*.json`` gold file under the given folders, sorted (missing folders skipped)."""
    found: list[Path] = []
    for folder in dirs:
        folder = Path(folder)
        if folder.is_file() and folder.suffix == ".json":
            found.append(folder)
        elif folder.is_dir():
            found.extend(sorted(folder.glob("*.json")))
    return found


def load_region_codes(sql_path: str | Path) -> dict[str, str]:
    """Kemendagri code → name from a ``wilayah.sql`` dump (rows like ``('36.73','Kota Serang')``)."""
    codes: dict[str, str] = {}
    row = re.compile(r"\('([\d.]+)','((?:[^'\\]|\\.|'')*)'\)")
    with open(sql_path, encoding="utf-8") as handle:
        for line in handle:
            for code, name in row.findall(line):
                codes[code] = name.replace("''", "'").replace("\\'", "'")
    return codes


# --------------------------------------------------------------------------- validation


def is_iso_value(value: str) -> bool:
    """An ISO 8601 value as DATE records use it: day, month, year, quarter, half, week,
    or an interval ``a/b`` of those (with ``a <= b`` for day/month/year points)."""
    if not isinstance(value, str) or not _ISO_RE.match(value):
        return False
    for part in value.split("/"):
        if re.fullmatch(_DAY, part):
            try:
                _dt.date.fromisoformat(part)
            except ValueError:
                return False
    if "/" in value:
        first, last = value.split("/")
        plain = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")
        if plain.match(first) and plain.match(last) and first[: len(last)] > last[: len(first)]:
            return False
    return True


def _value_days(value: str) -> list[tuple[int, int, int | None]]:
    """(month, day, year) of day points in a value; used to cross-check ``d/m(/y)``."""
    days = []
    for part in value.split("/"):
        if re.fullmatch(_DAY, part):
            y, m, d = (int(x) for x in part.split("-"))
            days.append((m, d, y))
    return days


def _check_numeric_dates(where: str, surface: str, value: str | None) -> list[str]:
    """A written ``19/2/2026`` or ``(28/10)`` must agree with the value."""
    problems = []
    matches = _NUMERIC_DATE_RE.findall(surface)
    if not matches:
        return problems
    if value is None or not is_iso_value(value):
        return problems
    days = _value_days(value)
    for d, m, y in matches:
        d, m = int(d), int(m)
        year = None
        if y:
            year = int(y) + (2000 if len(y) == 2 else 0)
        ok = any(vm == m and vd == d and (year is None or vy == year) for vm, vd, vy in days)
        if not ok:
            problems.append(f"{where}: written date {d}/{m}{'/' + y if y else ''} disagrees with value {value!r}")
    return problems


def validate(
    text: str,
    gold: Mapping[str, Any],
    *,
    name: str | None = None,
    region_codes: Mapping[str, str] | None = None,
) -> list[str]:
    """Problems with one gold record against its text, as readable lines (empty = valid).

    Checks: header fields; every entity's label, offsets, ``text[start:end] == text``,
    no surrounding whitespace, sorted, non-overlapping; DATE has ``value`` (null or ISO,
    agreeing with a written ``d/m/yyyy``), OFFICE has ``holder`` (null or a name that
    occurs in the text and in a PERSON span), PLACE ``region_code`` well-formed (and
    known, when ``region_codes`` is given); no fields outside the label's record.
    """
    problems: list[str] = []
    name = name or str(gold.get("id", "?"))

    for key in ("id", "reference_date", "style", "entities"):
        if key not in gold:
            problems.append(f"{name}: missing top-level key {key!r}")
    ref = gold.get("reference_date")
    if ref is not None:
        try:
            _dt.date.fromisoformat(ref)
        except (TypeError, ValueError):
            problems.append(f"{name}: reference_date {ref!r} is not an ISO date YYYY-MM-DD")
    entities = gold.get("entities")
    if not isinstance(entities, list):
        problems.append(f"{name}: 'entities' must be a list")
        return problems

    person_texts = [e.get("text", "") for e in entities if isinstance(e, dict) and e.get("label") == "PERSON"]
    previous: tuple[int, int, str] | None = None
    for index, ent in enumerate(entities):
        if not isinstance(ent, dict):
            problems.append(f"{name}: entity #{index} is not an object")
            continue
        surface = ent.get("text")
        where = f"{name}: entity #{index} {ent.get('label')} {surface!r}"
        label = ent.get("label")
        if label not in LABELS:
            problems.append(f"{where}: label {label!r} is not one of {', '.join(LABELS)}")
            continue
        start, end = ent.get("start"), ent.get("end")
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
            problems.append(f"{where}: start/end must be integers, got {start!r}, {end!r}")
            continue
        if not 0 <= start < end <= len(text):
            problems.append(f"{where}: span {start}:{end} outside text of length {len(text)} or empty")
            continue
        actual = text[start:end]
        if actual != surface:
            problems.append(f"{where}: text[{start}:{end}] is {actual!r}, not {surface!r}")
        if actual != actual.strip():
            problems.append(f"{where}: span has leading/trailing whitespace")
        if "\n" in actual:
            problems.append(f"{where}: span crosses a line break")
        if previous is not None:
            p_start, p_end, p_text = previous
            if start < p_start:
                problems.append(f"{where}: not sorted (starts at {start}, after one at {p_start})")
            elif start < p_end:
                problems.append(f"{where}: overlaps previous entity {p_text!r} at {p_start}:{p_end}")
        previous = (start, end, str(surface))

        for key in REQUIRED_KEYS[label]:
            if key not in ent:
                problems.append(f"{where}: {label} must have a {key!r} key (null allowed)")
        extra = set(ent) - ALLOWED_KEYS[label]
        if extra:
            problems.append(f"{where}: unknown field(s) for {label}: {', '.join(sorted(extra))}")

        if label == "DATE" and "value" in ent:
            value = ent["value"]
            if value is not None and not is_iso_value(value):
                problems.append(f"{where}: value {value!r} is not ISO 8601 (2026-02-19, 2025-07, 2025, 2025-Q3, a/b)")
            problems.extend(_check_numeric_dates(where, str(surface), value))
        if label == "OFFICE" and ent.get("holder") is not None:
            holder = ent["holder"]
            if not isinstance(holder, str) or not holder.strip():
                problems.append(f"{where}: holder must be a non-empty string or null")
            elif holder not in text:
                problems.append(f"{where}: holder {holder!r} does not occur in the text")
            elif not any(holder in p or p in holder for p in person_texts):
                problems.append(f"{where}: holder {holder!r} matches no PERSON span")
        if label == "PLACE" and ent.get("region_code") is not None:
            code = ent["region_code"]
            if not isinstance(code, str) or not _REGION_RE.match(code):
                problems.append(f"{where}: region_code {code!r} is not a Kemendagri code like 36.73")
            elif region_codes is not None and code not in region_codes:
                problems.append(f"{where}: region_code {code!r} is not in the Kemendagri list")
    return problems


# --------------------------------------------------------------------------- building


@dataclass(frozen=True)
class _SpecLine:
    lineno: int
    label: str
    surface: str
    fields: dict[str, Any]
    nth: int
    glued: bool


def _parse_scalar(raw: str) -> Any:
    if raw == "null":
        return None
    if raw == "true":
        return True
    if raw == "false":
        return False
    return raw


def parse_spec(ann_path: str | Path) -> tuple[dict[str, str], list[_SpecLine]]:
    """Header fields and entity lines of a ``.ann`` spec; raises :class:`SpecError`."""
    ann_path = Path(ann_path)
    header: dict[str, str] = {}
    lines: list[_SpecLine] = []
    with open(ann_path, encoding="utf-8") as handle:
        for lineno, raw in enumerate(handle, 1):
            line = raw.rstrip("\r\n")
            where = f"{ann_path}:{lineno}"
            if not line.strip():
                continue
            if line.lstrip().startswith("#"):
                body = line.lstrip()[1:].strip()
                pairs = re.findall(r"(\w+)=(\S+)", body)
                if pairs and not lines:
                    header.update(pairs)
                continue
            parts = line.split("\t")
            if len(parts) < 2 or not parts[1]:
                raise SpecError(f"{where}: expected LABEL<TAB>surface[<TAB>key=value ...], got {line!r}")
            label, surface = parts[0].strip(), parts[1]
            if label not in LABELS:
                raise SpecError(f"{where}: unknown label {label!r} (one of {', '.join(LABELS)})")
            if surface != surface.strip():
                raise SpecError(f"{where}: surface {surface!r} has leading/trailing whitespace")
            fields: dict[str, Any] = {}
            nth, glued = 1, False
            for extra in parts[2:]:
                extra = extra.strip()
                if not extra:
                    continue
                if re.fullmatch(r"@=?\d+", extra):
                    nth = int(extra.lstrip("@="))
                    if nth < 1:
                        raise SpecError(f"{where}: @N needs N >= 1")
                elif extra == "glued":
                    glued = True
                elif "=" in extra:
                    key, _, value = extra.partition("=")
                    key = key.strip()
                    if key not in ALLOWED_KEYS[label] or key in BASE_KEYS:
                        raise SpecError(f"{where}: field {key!r} does not belong to a {label}")
                    fields[key] = _parse_scalar(value.strip())
                else:
                    raise SpecError(f"{where}: cannot read field {extra!r} (key=value, @N or glued)")
            lines.append(_SpecLine(lineno, label, surface, fields, nth, glued))
    return header, lines


def _find(text: str, surface: str, pos: int, nth: int, glued: bool) -> int:
    """Offset of the nth occurrence of surface at or after pos (word-bounded unless glued)."""
    count = 0
    while True:
        found = text.find(surface, pos)
        if found < 0:
            return -1
        end = found + len(surface)
        bounded = glued or (
            (found == 0 or not (_WORD_CHAR.match(text[found - 1]) and _WORD_CHAR.match(surface[0])))
            and (end == len(text) or not (_WORD_CHAR.match(text[end]) and _WORD_CHAR.match(surface[-1])))
        )
        if bounded:
            count += 1
            if count == nth:
                return found
        pos = found + 1


def build(spec_path: str | Path) -> tuple[Path, dict[str, Any]]:
    """Turn ``NAME.ann`` (or ``NAME.txt``/``NAME``) into gold; returns ``(json_path, gold)``
    without writing. Raises :class:`SpecError` (``file:line: ...``) on any problem."""
    txt_path, json_path = _stem_paths(spec_path)
    ann_path = txt_path.with_suffix(".ann")
    if not txt_path.exists():
        raise SpecError(f"{txt_path}: article text not found")
    if not ann_path.exists():
        raise SpecError(f"{ann_path}: spec not found")
    text = read_text(txt_path)
    header, lines = parse_spec(ann_path)
    entities: list[dict[str, Any]] = []
    pos = 0
    for line in lines:
        where = f"{ann_path}:{line.lineno}"
        found = _find(text, line.surface, pos, line.nth, line.glued)
        if found < 0:
            earlier = _find(text, line.surface, 0, 1, line.glued)
            hint = (
                f" (it occurs earlier, at offset {earlier}: is a line out of order?)"
                if earlier >= 0
                else " (not in the text at all)"
            )
            raise SpecError(
                f"{where}: {line.label} {line.surface!r} not found after offset {pos}"
                f"{' (occurrence @' + str(line.nth) + ')' if line.nth > 1 else ''}{hint}"
            )
        ent: dict[str, Any] = {
            "label": line.label,
            "start": found,
            "end": found + len(line.surface),
            "text": line.surface,
        }
        for key in REQUIRED_KEYS[line.label]:
            ent[key] = None
        ent.update(line.fields)
        entities.append(ent)
        pos = ent["end"]
    gold = {
        "id": txt_path.stem,
        "reference_date": _parse_scalar(header.get("reference_date", "null")),
        "style": header.get("style"),
        "entities": entities,
    }
    return json_path, gold


def dump_gold(gold: Mapping[str, Any]) -> str:
    """JSON text with one entity per line (diff-friendly)."""
    head = {k: v for k, v in gold.items() if k != "entities"}
    out = ["{"]
    for key, value in head.items():
        out.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
    ents = gold.get("entities", [])
    out.append('  "entities": [')
    for i, ent in enumerate(ents):
        comma = "," if i < len(ents) - 1 else ""
        out.append("    " + json.dumps(ent, ensure_ascii=False) + comma)
    out.append("  ]")
    out.append("}")
    return "\n".join(out) + "\n"
