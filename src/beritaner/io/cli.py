"""The beritaner command: entities from Indonesian news, scores against gold, a service.

    beritaner extract [FILE ...] [--reference-date YYYY-MM-DD] [--format json|jsonl|table]
                      [--input-jsonl] [--encoding ENC] [--model DIR]
    beritaner evaluate [PATH ...] [--conll FILE ...] [--model DIR]
    beritaner corpus --input-jsonl FILE --out DIR [--model DIR]
    beritaner serve [--host H] [--port P] [--workers N] [--max-body-bytes B]
                    [--max-documents N] [--timeout S] [--model DIR] [--api-key-env VAR]

Exit status: 0 on success, 2 on a usage or input error. An input that cannot be read
(bad encoding, malformed JSON line) is reported on stderr with its file and byte or
line number; every other input of the same run is still processed and written.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shutil
import sys
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, TextIO

from ..api import extract_many, load, parse_reference_date
from ..records import Extraction

EXIT_OK = 0
EXIT_USAGE = 2
PROGRESS_MIN_INPUTS = 10


@dataclass
class Input:
    id: str
    text: str
    reference_date: str | None


class InputErrors:
    """Collects what could not be read, to report and to set the exit status."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0

    def report(self, message: str) -> None:
        self.count += 1
        print(f"beritaner: error: {message}", file=self.stream)


def _decode(data: bytes, name: str, encoding: str, errors: InputErrors) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        errors.report(
            f"{name}: not valid {err.encoding} at byte offset {err.start} "
            f"({err.reason}); use --encoding to read another encoding"
        )
    except LookupError:
        errors.report(f"unknown encoding {encoding!r}")
    return None


def _read_sources(files: list[str], stdin: TextIO, errors: InputErrors) -> Iterator[tuple[str, bytes]]:
    for name in files or ["-"]:
        if name == "-":
            yield "<stdin>", stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode()
            continue
        try:
            data = Path(name).read_bytes()
        except OSError as err:
            errors.report(f"{name}: cannot read ({err.strerror or err})")
            continue
        yield name, data


def iter_inputs(args: argparse.Namespace, stdin: TextIO, errors: InputErrors) -> Iterator[Input]:
    for name, data in _read_sources(args.files, stdin, errors):
        text = _decode(data, name, args.encoding, errors)
        if text is None:
            continue
        if not args.input_jsonl:
            yield Input(id=name, text=text, reference_date=args.reference_date)
            continue
        yield from _jsonl_inputs(text.splitlines(), name, errors, lambda r: r.get("reference_date", args.reference_date))


def _jsonl_inputs(lines, name: str, errors: InputErrors, reference_of) -> Iterator[Input]:
    """The documents of JSON lines (``text``, optional ``id``; the reference date
    ``reference_of(record)``); a malformed line or date is reported with its line
    number and skipped, the others still read. A document without ``id`` is named
    ``NAME:LINE``."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            errors.report(f"{where}: malformed JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            errors.report(f"{where}: expected an object with a string field 'text'")
            continue
        ref = reference_of(record)
        try:
            parse_reference_date(ref)
        except (ValueError, TypeError) as err:
            errors.report(f"{where}: {err}")
            continue
        doc_id = record.get("id")
        yield Input(id=str(doc_id) if doc_id is not None else where, text=record["text"], reference_date=ref)


class Progress:
    """Progress on stderr, shown for many inputs on a terminal: a bar (with the total
    when it is known) when ``rich`` is installed, else a one-line count."""

    def __init__(self, stream: TextIO, enabled: bool, total: int | None = None) -> None:
        self.stream, self.enabled, self.done, self.total = stream, enabled, 0, total
        self._bar = None
        self._pending = ""  # part of a message line written so far

    def write(self, text: str) -> int:
        """Messages for the same stream (errors), put on lines of their own above the bar."""
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            if self._bar is not None:
                self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
            else:
                counting = self.enabled and self.done >= 5  # a count line is open
                self.stream.write(("\n" if counting else "") + line + "\n")
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def step(self) -> None:
        self.done += 1
        if not self.enabled or self.done < 5:
            return
        if self._bar is None and self.done == 5:
            self._bar = _rich_progress(self.stream, self.total)
        if self._bar is not None:
            self._bar.update(self._bar.task_ids[0], completed=self.done)
        elif self.done % 5 == 0:
            print(f"\rberitaner: {self.done} documents", end="", file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.update(self._bar.task_ids[0], completed=self.done, total=self.done)
            self._bar.stop()
        elif self.enabled and self.done >= 5:
            print(f"\rberitaner: {self.done} documents, done", file=self.stream, flush=True)


def _rich_progress(stream: TextIO, total: int | None):
    """A started rich progress bar on ``stream``, or None without rich."""
    try:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as RichProgress
    except ImportError:
        return None
    bar = RichProgress(
        TextColumn("beritaner"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
        TimeElapsedColumn(), console=Console(file=stream),
    )
    bar.add_task("extract", total=total)
    bar.start()
    return bar


_DETAIL_KEYS = ("value", "holder", "jurisdiction", "region_code", "level", "province", "rank")
_LABEL_STYLES = {"PERSON": "bold magenta", "OFFICE": "bold yellow", "PLACE": "bold green",
                 "ORG": "bold cyan", "DATE": "bold bright_blue"}


def _details(e) -> list[str]:
    details = [f"{key}={getattr(e, key)}" for key in _DETAIL_KEYS if getattr(e, key, None)]
    if getattr(e, "weekday_mismatch", False):
        details.append("weekday_mismatch")
    return details


def format_table(result: Extraction, text: str, *, color: bool = False) -> str:
    """A readable table of one extraction: plain text, or with ``color`` (for a
    terminal) coloured and fitted to its width by ``rich`` when that is installed."""
    if color:
        table = _rich_table(result)
        if table is not None:
            return table
    lines = [f"== {result.id or ''}  (reference date: {result.reference_date or '-'})"]
    if not result.entities:
        lines.append("   (no entities)")
    for e in result.entities:
        details = _details(e)
        lines.append(f"   {e.label:<7} {e.start:>6}-{e.end:<6} {e.text:<40.40} {' '.join(details)}")
    if result.quotes:
        lines.append(f"   -- who said what ({len(result.quotes)})")
    for q in result.quotes:
        lines.append(f"   {'QUOTE':<7} {q.start:>6}-{q.end:<6} {_speaker(q)}  [{_how(q)}]")
        lines.append(f"   {'':<7} {'':>13} \u201c{_shorten(q.text, 100)}\u201d")
    return "\n".join(lines)


def _speaker(q) -> str:
    """A quote's speaker with the offices the article gives them."""
    who = q.speaker or "(unknown speaker)"
    return f"{who} ({', '.join(q.speaker_offices)})" if q.speaker_offices else who


def _how(q) -> str:
    return q.kind + (f", {q.cue}" if q.cue else "")


def _shorten(words: str, width: int) -> str:
    words = " ".join(words.split())
    return words if len(words) <= width else words[: width - 1] + "\u2026"


def _rich_table(result: Extraction) -> str | None:
    try:
        from rich import box
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text
    except ImportError:
        return None
    title = Text.assemble(("== ", "dim"), (result.id or "", "bold"),
                          (f"  (reference date: {result.reference_date or '-'})", "dim"))
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, header_style="dim")
    table.add_column("label", no_wrap=True)
    table.add_column("span", justify="right", no_wrap=True)
    table.add_column("text", ratio=2)
    table.add_column("details", ratio=3, style="dim")
    for e in result.entities:
        table.add_row(Text(e.label, style=_LABEL_STYLES.get(e.label, "bold")),
                      f"{e.start}-{e.end}", e.text, " ".join(_details(e)))
    buffer = io.StringIO()
    width = shutil.get_terminal_size((100, 24)).columns
    console = Console(file=buffer, force_terminal=True, width=width, highlight=False)
    console.print(title)
    console.print(table if result.entities else Text("   (no entities)", style="dim"))
    if result.quotes:
        quotes = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, header_style="dim",
                       title=f"who said what ({len(result.quotes)})", title_style="dim")
        quotes.add_column("span", justify="right", no_wrap=True)
        quotes.add_column("speaker", ratio=2, style="bold magenta")
        quotes.add_column("quote", ratio=4)
        quotes.add_column("how", ratio=1, style="dim")
        for q in result.quotes:
            quotes.add_row(f"{q.start}-{q.end}", _speaker(q), f"\u201c{_shorten(q.text, 160)}\u201d", _how(q))
        console.print(quotes)
    return buffer.getvalue().rstrip("\n")


def cmd_extract(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    try:
        parse_reference_date(args.reference_date)
    except ValueError as err:
        print(f"beritaner: error: --reference-date: {err}", file=stderr)
        return EXIT_USAGE
    errors = InputErrors(stderr)
    nlp = _load(args.model, stderr)
    if nlp is None:
        return EXIT_USAGE
    # Inputs are read lazily; each one read is queued for the reference dates, the ids
    # and the output loop, which consume them in the same order.
    queues: tuple[deque[Input], deque[Input], deque[Input]] = (deque(), deque(), deque())

    def read() -> Iterator[str]:
        for item in iter_inputs(args, stdin, errors):
            for queue in queues:
                queue.append(item)
            yield item.text

    results = extract_many(
        read(),
        reference_dates=(item.reference_date for item in _follow(queues[0])),
        ids=(item.id for item in _follow(queues[1])),
        nlp=nlp,
    )
    # Progress only when the results go elsewhere: on screen they show it themselves,
    # and a bar redrawn between them would garble both.
    to_terminal = hasattr(stdout, "isatty") and stdout.isatty()
    total = None if args.input_jsonl else len(args.files) or None
    progress = Progress(stderr, enabled=not args.no_progress and stderr.isatty() and not to_terminal,
                        total=total)
    errors.stream = progress  # input errors print above the bar, not into it
    as_array = args.format == "json" and (args.input_jsonl or len(args.files) > 1)
    written = 0
    if as_array:
        stdout.write("[")
    for result in results:
        item = queues[2].popleft()
        progress.step()
        if args.format == "table":
            stdout.write(format_table(result, item.text, color=to_terminal) + "\n")
        elif args.format == "jsonl":
            stdout.write(result.model_dump_json() + "\n")
        else:
            if as_array and written:
                stdout.write(",\n")
            stdout.write(result.model_dump_json(indent=2))
        written += 1
    if as_array:
        stdout.write("]")
    if args.format == "json" and (written or as_array):
        stdout.write("\n")  # nothing at all on stdout when the one input failed
    progress.close()
    return EXIT_USAGE if errors.count else EXIT_OK


def _follow(queue: deque[Input]) -> Iterator[Input]:
    """Yield from a queue that the reader fills just before each item is asked for."""
    while True:
        if not queue:
            return
        yield queue.popleft()


def _load(model: str | None, stderr: TextIO):
    """The pipeline for ``--model`` (none given: the shipped one; 'none': rules only)."""
    try:
        if model is None:
            return load()
        return load(None if model.lower() == "none" else model)
    except (FileNotFoundError, OSError) as err:
        print(f"beritaner: error: {err}", file=stderr)
        return None


def cmd_evaluate(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    nlp = _load(args.model, stderr)
    if nlp is None:
        return EXIT_USAGE
    if args.conll:
        from ..evaluation.conll import evaluate_conll

        for path in args.conll:
            scores = evaluate_conll(nlp, Path(path), verbose=False)
            stdout.write(f"## {path}\n\n| Label | P | R | F1 |\n|---|---:|---:|---:|\n")
            for label, s in sorted(scores["per_type"].items()):
                stdout.write(f"| {label} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} |\n")
            stdout.write(f"| **ALL** | {scores['p']:.3f} | {scores['r']:.3f} | {scores['f']:.3f} |\n\n")
    paths = args.paths or ([] if args.conll else ["seeds", "devset"])
    if paths:
        from functools import partial

        from ..api import extract
        from ..evaluation.evaluate import format_report, score_articles

        files = []
        for p in map(Path, paths):
            files.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
        try:
            report = score_articles(partial(extract, nlp=nlp), files)
        except (FileNotFoundError, KeyError) as err:  # real-news gold whose texts are not here
            print(f"beritaner: error: {err.args[0] if err.args else err}", file=stderr)
            return EXIT_USAGE
        stdout.write(format_report(report, diffs=not args.totals) + "\n")
    return EXIT_OK


def cmd_corpus(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Extract every article of a JSON-lines file and save its Corpus (people, holders)."""
    from ..corpus import Corpus

    errors = InputErrors(stderr)
    nlp = _load(args.model, stderr)
    if nlp is None:
        return EXIT_USAGE
    try:
        handle = stdin if args.input_jsonl == "-" else open(args.input_jsonl, encoding="utf-8")
    except OSError as err:
        print(f"beritaner: error: {err}", file=stderr)
        return EXIT_USAGE
    with handle:
        documents = [
            (doc.id, doc.text, doc.reference_date)
            for doc in _jsonl_inputs(handle, args.input_jsonl, errors,
                                     lambda r: r.get("reference_date", r.get("published")))
        ]
    progress = Progress(stderr, enabled=not args.no_progress and stderr.isatty(), total=len(documents))
    errors.stream = progress

    def counted():
        for result in extract_many([d[1] for d in documents], reference_dates=[d[2] for d in documents],
                                   ids=[d[0] for d in documents], nlp=nlp):
            progress.step()
            yield result

    corpus = Corpus.from_extractions(counted())
    progress.close()
    out = corpus.save(args.out)
    print(f"beritaner: {len(corpus)} articles, {len(corpus.people())} people, "
          f"{len(corpus.holders())} office holders -> {out}", file=stderr)
    return EXIT_USAGE if errors.count else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="beritaner", description=__doc__.split("\n")[0].rstrip("."))
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract entities from files or stdin")
    ex.add_argument("files", nargs="*", help="text files ('-' or none: stdin)")
    ex.add_argument("--reference-date", help="the articles' date, YYYY-MM-DD")
    ex.add_argument(
        "--format",
        choices=("json", "jsonl", "table"),
        default="json",
        help="json: one object (an array for several inputs or --input-jsonl); jsonl: one "
        "line per input; table: readable columns (default: %(default)s)",
    )
    ex.add_argument(
        "--input-jsonl",
        action="store_true",
        help="inputs are JSON lines with 'text' and optional 'id', 'reference_date'",
    )
    ex.add_argument("--encoding", default="utf-8", help="encoding of the inputs (default utf-8)")
    ex.add_argument(
        "--model",
        help="a spaCy pipeline directory instead of the shipped model; 'none' for the "
        "knowledge components without statistical NER",
    )
    ex.add_argument("--no-progress", action="store_true", help="never show a progress bar")

    ev = sub.add_parser("evaluate", help="score against gold JSON articles or CoNLL files")
    ev.add_argument("paths", nargs="*", help="gold JSON files or folders (default: seeds devset)")
    ev.add_argument("--conll", nargs="*", default=[], help="BIO/CoNLL files to score the NER on")
    ev.add_argument("--model", help="a spaCy pipeline directory instead of the shipped model")
    ev.add_argument("--totals", action="store_true",
                    help="the score tables only, no per-article differences (for a blind test set)")

    co = sub.add_parser("corpus", help="people and office holders of many articles, saved as tables")
    co.add_argument("--input-jsonl", required=True, metavar="FILE",
                    help="JSON lines with 'text', 'id' and 'reference_date' (or 'published'); '-': stdin")
    co.add_argument("--out", required=True, metavar="DIR",
                    help="folder for articles.jsonl, people.jsonl and holders.jsonl")
    co.add_argument("--model", help="a spaCy pipeline directory instead of the shipped model; "
                    "'none' for the knowledge components alone")
    co.add_argument("--no-progress", action="store_true", help="never show a progress bar")

    sv = sub.add_parser("serve", help="run the JSON HTTP service (needs the 'serve' extra)")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=8000)
    sv.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    sv.add_argument("--max-body-bytes", type=int, default=10_000_000,
                    help="largest request body accepted (default 10000000)")
    sv.add_argument("--max-documents", type=int, default=256,
                    help="most documents in one /extract/batch request (default 256)")
    sv.add_argument("--timeout", type=float, default=30.0,
                    help="seconds one request may spend extracting (default 30)")
    sv.add_argument("--model", help="a spaCy pipeline directory instead of the shipped model; "
                    "'none' for the knowledge components alone")
    sv.add_argument("--api-key-env", metavar="VAR",
                    help="let in only requests with 'Authorization: Bearer KEY', KEY being the "
                    "value of the environment variable VAR (never given on the command line); "
                    "/health stays open")
    return parser


def main(argv: list[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    parser = build_parser()
    try:
        with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(stdout):
            args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command == "extract":
        return cmd_extract(args, stdin, stdout, stderr)
    if args.command == "corpus":
        return cmd_corpus(args, stdin, stdout, stderr)
    if args.command == "serve":
        from .service import cmd_serve

        return cmd_serve(args, stderr)
    return cmd_evaluate(args, stdout, stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
