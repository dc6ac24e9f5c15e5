#!/usr/bin/env python
"""Gold annotations (seeds/, devset/, testset/, realdev/, realtest/): build JSON from .ann specs, and check them.

    scripts/gold.py build seeds/001_x.ann [more.ann | DIR ...]   # writes NAME.json
    scripts/gold.py check [DIR|FILE ...]                        # default: seeds/ devset/
    scripts/gold.py stats [DIR ...]                             # entity counts per label
    scripts/gold.py show seeds/001_x.json                       # text with [span]LABEL marks
    scripts/gold.py text rn001                                  # a real-news article's text, numbered paragraphs

The .ann format and the checks are documented in src/beritaner/evaluation/gold.py. Region codes
are checked against the Kemendagri list in ../shared/data/wilayah/wilayah.sql when it
exists (or --regions PATH). Exit status 1 when anything is wrong.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Load src/beritaner/evaluation/gold.py on its own (it imports nothing from the package), so
# checking gold files works even while someone's pipeline change breaks `import beritaner`.
_spec = importlib.util.spec_from_file_location("beritaner_gold", ROOT / "src" / "beritaner" / "evaluation" / "gold.py")
_gold = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _gold  # dataclasses look the module up while the class is built
_spec.loader.exec_module(_gold)
SpecError, build, dump_gold = _gold.SpecError, _gold.build, _gold.dump_gold
gold_files, load_gold, load_region_codes = _gold.gold_files, _gold.load_gold, _gold.load_region_codes
read_text, validate, gold_text = _gold.read_text, _gold.validate, _gold.gold_text

DEFAULT_DIRS = ("seeds", "devset")
DEFAULT_REGIONS = ROOT.parent / "shared" / "data" / "wilayah" / "wilayah.sql"


def _regions(path: str | None):
    candidate = Path(path) if path else DEFAULT_REGIONS
    if candidate.exists():
        return load_region_codes(candidate)
    if path:
        sys.exit(f"region list {path} not found")
    return None


def _specs(paths: list[str]) -> list[Path]:
    specs: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            specs.extend(sorted(path.glob("*.ann")))
        else:
            specs.append(path)
    return specs


def cmd_build(args) -> int:
    regions = _regions(args.regions)
    failed = 0
    for spec in _specs(args.specs):
        try:
            json_path, gold = build(spec)
        except SpecError as err:
            print(f"ERROR {err}", file=sys.stderr)
            failed += 1
            continue
        text = gold_text(json_path, gold)
        problems = validate(text, gold, name=json_path.stem, region_codes=regions)
        if problems:
            print(f"ERROR {spec}: built gold is invalid, not written:", file=sys.stderr)
            for problem in problems:
                print(f"  - {problem}", file=sys.stderr)
            failed += 1
            continue
        json_path.write_text(dump_gold(gold), encoding="utf-8")
        counts = Counter(e["label"] for e in gold["entities"])
        summary = " ".join(f"{k}={counts[k]}" for k in ("PERSON", "OFFICE", "PLACE", "ORG", "DATE"))
        quotes = f", {len(gold['quotes'])} quotes" if "quotes" in gold else ""
        print(f"wrote {json_path} ({len(gold['entities'])} entities: {summary}{quotes})")
    return 1 if failed else 0


def cmd_check(args) -> int:
    regions = _regions(args.regions)
    dirs = args.dirs or [str(ROOT / d) for d in DEFAULT_DIRS]
    files = gold_files(dirs)
    problems: list[str] = []
    for path in files:
        try:
            text, gold = load_gold(path)
        except (OSError, ValueError) as err:
            problems.append(f"{path.stem}: cannot load: {err}")
            continue
        problems.extend(validate(text, gold, name=path.stem, region_codes=regions))
        if gold.get("id") != path.stem:
            problems.append(f"{path.stem}: id {gold.get('id')!r} differs from the file name")
        ann = path.with_suffix(".ann")
        if ann.exists() and not args.no_rebuild:
            try:
                _, rebuilt = build(ann)
            except SpecError as err:
                problems.append(f"{path.stem}: .ann no longer builds: {err}")
            else:
                if rebuilt != gold:
                    problems.append(f"{path.stem}: JSON is stale: rerun `scripts/gold.py build {ann}`")
    for directory in dirs:
        for txt in sorted(Path(directory).glob("*.txt")) if Path(directory).is_dir() else []:
            if not txt.with_suffix(".json").exists():
                problems.append(f"{txt.stem}: {txt.name} has no gold JSON")
    if problems:
        print(f"{len(problems)} problem(s) in {len(files)} gold file(s):")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print(f"ok: {len(files)} gold file(s) valid")
    return 0


def cmd_stats(args) -> int:
    dirs = args.dirs or [str(ROOT / d) for d in DEFAULT_DIRS]
    total: Counter = Counter()
    for path in gold_files(dirs):
        text, gold = load_gold(path)
        counts = Counter(e["label"] for e in gold["entities"])
        total.update(counts)
        words = len(text.split())
        print(f"{path.stem:45s} words={words:4d} " + " ".join(f"{k}={counts[k]}" for k in ("PERSON", "OFFICE", "PLACE", "ORG", "DATE")))
    print("TOTAL " + " ".join(f"{k}={total[k]}" for k in ("PERSON", "OFFICE", "PLACE", "ORG", "DATE")) + f" all={sum(total.values())}")
    return 0


def cmd_show(args) -> int:
    for raw in args.files:
        text, gold = load_gold(raw)
        out, pos = [], 0
        for ent in gold["entities"]:
            extra = {k: v for k, v in ent.items() if k not in ("label", "start", "end", "text") and v is not None}
            note = " ".join(f"{k}={v}" for k, v in extra.items())
            out.append(text[pos : ent["start"]])
            out.append(f"[{ent['text']}]{ent['label']}" + (f"{{{note}}}" if note else ""))
            pos = ent["end"]
        out.append(text[pos:])
        print("".join(out))
    return 0


def cmd_text(args) -> int:
    records = _gold.realnews_texts()
    for article_id in args.ids:
        record = records[article_id]
        print(f"# {article_id} outlet={record.get('outlet')} published={record.get('published')}")
        print(record["text"])
        print()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--regions", help="wilayah.sql to check region codes against")
    sub = parser.add_subparsers(dest="command", required=True)
    p_build = sub.add_parser("build", help="write NAME.json from NAME.txt + NAME.ann")
    p_build.add_argument("specs", nargs="+", help=".ann files or folders of them")
    p_build.set_defaults(func=cmd_build)
    p_check = sub.add_parser("check", help="validate gold JSON against its text")
    p_check.add_argument("dirs", nargs="*", help="folders or .json files (default: seeds/ devset/)")
    p_check.add_argument("--no-rebuild", action="store_true", help="skip comparing with the .ann")
    p_check.set_defaults(func=cmd_check)
    p_stats = sub.add_parser("stats", help="entity counts per label")
    p_stats.add_argument("dirs", nargs="*")
    p_stats.set_defaults(func=cmd_stats)
    p_show = sub.add_parser("show", help="print an article with its gold spans bracketed")
    p_show.add_argument("files", nargs="+")
    p_show.set_defaults(func=cmd_show)
    p_text = sub.add_parser("text", help="print real-news articles by id (from ../shared/data/realnews)")
    p_text.add_argument("ids", nargs="+")
    p_text.set_defaults(func=cmd_text)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `gold.py show ... | head` ends quietly
    sys.exit(main())
