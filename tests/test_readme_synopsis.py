"""The README's command-line synopsis names every subcommand and flag the CLI has."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from beritaner.io.cli import build_parser

README = Path(__file__).resolve().parents[1] / "README.md"


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_subcommand_and_flag_is_in_the_readme_synopsis():
    text = README.read_text(encoding="utf-8")
    block = re.search(r"## Command line\n\n```\n(.*?)```", text, re.S).group(1)
    for name, sub in _subcommands().items():
        assert f"beritaner {name}" in block, name
        line = block[block.index(f"beritaner {name}"):]
        line = line.split("\nberitaner ")[0]
        for action in sub._actions:
            flags = [f for f in action.option_strings if f.startswith("--") and f != "--help"]
            if flags and action.help != argparse.SUPPRESS:
                assert any(f in line for f in flags), (name, flags)
