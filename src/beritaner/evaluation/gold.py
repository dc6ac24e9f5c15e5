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

**Real-news gold** (``realdev/``, ``realtest/``): the publishers' texts never enter the
project. ``rnNNN.ann`` has no ``.txt`` beside it; its header says ``source=realnews`` and
the text is read at run time from ``articles.jsonl`` of the realnews folder
(:func:`realnews_path`: ``$BERITANER_REALNEWS``, else ``../shared/data/realnews`` beside
the project or the working directory). The JSON keeps ``"source": "realnews"``, ids,
offsets, labels, fields and entity strings only.

**Quotes** (who said what) follow the entities after a line ``## quotes``, in text
order, each searched from the end of the previous quote (they may overlap entities)::

    ## quotes
    QUOTE<TAB>Kami siap menjaga keamanan<TAB>kind=direct<TAB>cue=ujar<TAB>speaker=Andra Soni<TAB>speaker_label=PERSON

A quote of more than 8 words is written ``first words [...] last words`` (3-5 words
each side): the span runs from the first words to the end of the next occurrence of the
last words, and the JSON keeps only those edges (``quote_check``), never the whole quote.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
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
    "realnews_path",
    "realnews_texts",
    "QUOTE_KEYS",
    "gold_text",
    "quote_check",
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
    "OFFICE": frozenset({"title", "jurisdiction", "acting", "former", "candidate", "holder", "holder_source", "aliases"}),
    "PLACE": frozenset({"name", "region_code", "level", "province", "alternatives", "aliases"}),
    "ORG": frozenset({"name", "aliases"}),
    "DATE": frozenset({"value", "grain", "weekday_mismatch"}),
}
ALLOWED_KEYS: dict[str, frozenset[str]] = {
    label: frozenset(BASE_KEYS) | RECORD_FIELDS[label] for label in LABELS
}
#: Fields of a gold quote (ANNOTATION.md, QUOTES): span, kind, cue as written, speaker
#: (fullest name, an ORG's name or an office's text; null when none) and its label.
QUOTE_KEYS: tuple[str, ...] = ("start", "end", "text", "kind", "cue", "speaker", "speaker_label")
QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect")
SPEAKER_LABELS: tuple[str, ...] = ("PERSON", "ORG", "OFFICE")
#: The ``.ann`` line that starts the quotes section, and the shorthand for a long quote.
QUOTES_MARK = "## quotes"
QUOTE_GAP = " [...] "
#: A gold quote keeps at most this many words of each end: the texts are the
#: publishers', and a long quote copied whole would be a copy of the article.
QUOTE_EDGE_WORDS = 4


def quote_check(span: str) -> str:
    """What a gold quote stores as its ``text``: the span itself when it is short, else its
    first and last words joined by ``[...]`` (enough to check the offsets)."""
    words = span.split()
    if len(words) <= 2 * QUOTE_EDGE_WORDS:
        return span
    return " ".join(words[:QUOTE_EDGE_WORDS]) + QUOTE_GAP + " ".join(words[-QUOTE_EDGE_WORDS:])

_DAY = r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
_POINT = (
    rf"(?:{_DAY}|\d{{4}}-(?:0[1-9]|1[0-2])|\d{{4}}"
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


#: Environment variable naming the realnews folder (or its ``articles.jsonl``).
REALNEWS_ENV = "BERITANER_REALNEWS"
_REALNEWS_CACHE: dict[Path, dict[str, dict[str, Any]]] = {}


def realnews_path() -> Path | None:
    """``articles.jsonl`` of the real-news articles, or None when it is not on this machine.

    Looked up in ``$BERITANER_REALNEWS`` (a folder or the file), then in
    ``../shared/data/realnews/`` beside the project checkout and beside the working
    directory."""
    candidates: list[Path] = []
    env = os.environ.get(REALNEWS_ENV)
    if env:
        candidates.append(Path(env))
    project = Path(__file__).resolve().parents[2]
    candidates += [project.parent / "shared" / "data" / "realnews", Path.cwd().parent / "shared" / "data" / "realnews"]
    for candidate in candidates:
        file = candidate if candidate.suffix == ".jsonl" else candidate / "articles.jsonl"
        if file.is_file():
            return file
    return None


def realnews_texts(path: str | Path | None = None) -> dict[str, dict[str, Any]]:
    """id → article record (``id``, ``outlet``, ``published``, ``title``, ``text``) of
    the real-news file; raises FileNotFoundError naming where it looked."""
    file = Path(path) if path is not None else realnews_path()
    if file is None:
        raise FileNotFoundError(
            f"the real-news articles are not here: set ${REALNEWS_ENV} to the folder holding "
            "articles.jsonl (../shared/data/realnews in the team's workspace)"
        )
    file = file.resolve()
    if file not in _REALNEWS_CACHE:
        records: dict[str, dict[str, Any]] = {}
        with open(file, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    records[record["id"]] = record
        _REALNEWS_CACHE[file] = records
    return _REALNEWS_CACHE[file]


def _realnews_text(article_id: str) -> str:
    records = realnews_texts()
    if article_id not in records:
        raise KeyError(f"{article_id}: no such article in {realnews_path()}")
    return records[article_id]["text"]


def load_gold(path: str | Path) -> tuple[str, dict[str, Any]]:
    """``(text, gold)`` for an article given as ``NAME.json``, ``NAME.txt`` or ``NAME``.

    Real-news gold (``"source": "realnews"``) takes its text from the realnews file by id."""
    txt_path, json_path = _stem_paths(path)
    with open(json_path, encoding="utf-8") as handle:
        gold = json.load(handle)
    return gold_text(json_path, gold), gold


def gold_text(path: str | Path, gold: Mapping[str, Any]) -> str:
    """The text a gold record annotates: the realnews article by id for real-news gold,
    else ``NAME.txt`` beside ``path``."""
    if gold.get("source") == "realnews":
        return _realnews_text(gold["id"])
    return read_text(_stem_paths(path)[0])


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
                problems.append(f"{where}: value {value!r} is not ISO 8601 (2026-02-19, 2025-07, 2025, 2026-W08, a/b)")
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
    problems.extend(_validate_quotes(text, gold.get("quotes", []), name))
    return problems


def _validate_quotes(text: str, quotes: Any, name: str) -> list[str]:
    """Quotes: a list, spans inside the text and matching it, sorted, not overlapping each
    other; ``kind`` direct/indirect; ``speaker`` null or a string found in the text."""
    if not isinstance(quotes, list):
        return [f"{name}: 'quotes' must be a list"]
    problems: list[str] = []
    previous_end = -1
    for index, quote in enumerate(quotes):
        where = f"{name}: quote #{index} {str(quote.get('text', ''))[:40]!r}"
        missing = [k for k in QUOTE_KEYS if k not in quote]
        if missing:
            problems.append(f"{where}: missing {', '.join(missing)}")
            continue
        extra = set(quote) - set(QUOTE_KEYS)
        if extra:
            problems.append(f"{where}: unknown field(s) {', '.join(sorted(extra))}")
        start, end = quote["start"], quote["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            problems.append(f"{where}: span {start}:{end} outside the text or empty")
            continue
        if quote_check(text[start:end]) != quote["text"]:
            problems.append(f"{where}: text[{start}:{end}] does not fit the quote's text")
        if start < previous_end:
            problems.append(f"{where}: overlaps or precedes the previous quote")
        previous_end = end
        if quote["kind"] not in QUOTE_KINDS:
            problems.append(f"{where}: kind {quote['kind']!r} is not direct or indirect")
        speaker = quote["speaker"]
        if speaker is not None and (not isinstance(speaker, str) or speaker not in text):
            problems.append(f"{where}: speaker {speaker!r} does not occur in the text")
        if speaker is not None and quote["speaker_label"] not in SPEAKER_LABELS:
            problems.append(f"{where}: speaker_label {quote['speaker_label']!r} is not PERSON, ORG or OFFICE")
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
    """Header fields and entity lines of a ``.ann`` spec; raises :class:`SpecError`.

    Quote lines (after ``## quotes``) come back with label ``QUOTE``."""
    ann_path = Path(ann_path)
    header: dict[str, str] = {}
    lines: list[_SpecLine] = []
    in_quotes = False
    with open(ann_path, encoding="utf-8") as handle:
        for lineno, raw in enumerate(handle, 1):
            line = raw.rstrip("\r\n")
            where = f"{ann_path}:{lineno}"
            if not line.strip():
                continue
            if line.strip().lower() == QUOTES_MARK:
                in_quotes = True
                continue
            if in_quotes:
                lines.append(_parse_quote_line(line, lineno, where))
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
                if _OCCURRENCE.fullmatch(extra):
                    nth = _occurrence(extra, where)
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


_OCCURRENCE = re.compile(r"@=?\d+")


def _occurrence(extra: str, where: str) -> int:
    """``@N``: take the N-th occurrence of the surface (N >= 1)."""
    nth = int(extra.lstrip("@="))
    if nth < 1:
        raise SpecError(f"{where}: @N needs N >= 1")
    return nth


def _parse_quote_line(line: str, lineno: int, where: str) -> _SpecLine:
    parts = line.split("\t")
    if len(parts) < 2 or parts[0].strip() != "QUOTE" or not parts[1].strip():
        raise SpecError(f"{where}: expected QUOTE<TAB>surface<TAB>kind=...<TAB>speaker=..., got {line!r}")
    surface = parts[1]
    if surface != surface.strip():
        raise SpecError(f"{where}: quote {surface[:40]!r} has leading/trailing whitespace")
    if QUOTE_GAP not in surface and len(surface.split()) > 2 * QUOTE_EDGE_WORDS:
        raise SpecError(
            f"{where}: a quote of more than {2 * QUOTE_EDGE_WORDS} words is written as its first "
            f"words{QUOTE_GAP}its last words (the publishers' text stays out of the project)"
        )
    fields: dict[str, Any] = {"cue": None, "speaker": None, "speaker_label": None}
    nth = 1
    for extra in parts[2:]:
        extra = extra.strip()
        if not extra:
            continue
        if _OCCURRENCE.fullmatch(extra):
            nth = _occurrence(extra, where)
            continue
        key, sep, value = extra.partition("=")
        if not sep or key.strip() not in ("kind", "cue", "speaker", "speaker_label"):
            raise SpecError(f"{where}: cannot read quote field {extra!r} (kind=, cue=, speaker=, speaker_label=, @N)")
        fields[key.strip()] = _parse_scalar(value.strip())
    if fields.get("kind") not in QUOTE_KINDS:
        raise SpecError(f"{where}: a quote needs kind=direct or kind=indirect")
    if fields["speaker"] is not None and fields["speaker_label"] is None:
        fields["speaker_label"] = "PERSON"
    return _SpecLine(lineno, "QUOTE", surface, fields, nth, False)


def _find_quote(text: str, surface: str, pos: int, nth: int) -> tuple[int, int]:
    """(start, end) of the nth occurrence of a quote surface at or after pos; the surface
    may be ``first words [...] last words``. (-1, -1) when not found."""
    head, gap, tail = surface.partition(QUOTE_GAP)
    for _ in range(nth):
        start = text.find(head, pos)
        if start < 0:
            return -1, -1
        end = start + len(head)
        if gap:
            found = text.find(tail, end)
            if found < 0:
                return -1, -1
            end = found + len(tail)
        pos = start + 1
    return start, end


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
    if not ann_path.exists():
        raise SpecError(f"{ann_path}: spec not found")
    header, lines = parse_spec(ann_path)
    source = header.get("source")
    if source == "realnews":
        try:
            text = _realnews_text(txt_path.stem)
        except (FileNotFoundError, KeyError) as err:
            raise SpecError(f"{ann_path}: {err}") from None
    elif not txt_path.exists():
        raise SpecError(f"{txt_path}: article text not found")
    else:
        text = read_text(txt_path)
    entities: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    pos = quote_pos = 0
    for line in lines:
        where = f"{ann_path}:{line.lineno}"
        if line.label == "QUOTE":
            start, end = _find_quote(text, line.surface, quote_pos, line.nth)
            if start < 0:
                earlier = _find_quote(text, line.surface, 0, 1)[0]
                hint = f" (it occurs earlier, at offset {earlier})" if earlier >= 0 else " (not in the text)"
                raise SpecError(f"{where}: QUOTE {line.surface[:50]!r} not found after offset {quote_pos}{hint}")
            quotes.append({"start": start, "end": end, "text": quote_check(text[start:end]), **line.fields})
            quote_pos = end
            continue
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
    gold: dict[str, Any] = {"id": txt_path.stem}
    if source:
        gold["source"] = source
    gold.update(
        reference_date=_parse_scalar(header.get("reference_date", "null")),
        style=header.get("style"),
        entities=entities,
    )
    if source == "realnews" or quotes:
        gold["quotes"] = quotes
    return json_path, gold


def dump_gold(gold: Mapping[str, Any]) -> str:
    """JSON text with one entity per line (diff-friendly)."""
    lists = [k for k in ("entities", "quotes") if k in gold]
    head = {k: v for k, v in gold.items() if k not in lists}
    out = ["{"]
    for key, value in head.items():
        out.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
    for n, key in enumerate(lists):
        items = gold[key]
        out.append(f'  "{key}": [')
        for i, item in enumerate(items):
            comma = "," if i < len(items) - 1 else ""
            out.append("    " + json.dumps(item, ensure_ascii=False) + comma)
        out.append("  ]" + ("," if n < len(lists) - 1 else ""))
    out.append("}")
    return "\n".join(out) + "\n"
