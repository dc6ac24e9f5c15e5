"""The README's opening example runs and prints exactly what the README shows."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def opening_example() -> tuple[str, str]:
    """The first ```python block (prompts stripped) and the plain block after it."""
    text = README.read_text(encoding="utf-8")
    match = re.search(r"```python\n(.*?)```\n\n```\n(.*?)```", text, re.S)
    assert match, "the README opens with a python block followed by its printout"
    code = "\n".join(line[4:] for line in match.group(1).splitlines()
                     if line.startswith((">>> ", "... ")) or line in (">>>", "..."))
    return code, match.group(2)


def test_the_opening_example_prints_what_the_readme_shows(nlp):
    code, shown = opening_example()
    assert "result.quotes" in code  # the README opens with who said what
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, str(README), "exec"), {})
    assert out.getvalue() == shown
