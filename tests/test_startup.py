"""Start-up: beritaner keeps thinc from importing torch (about 1 s), without hiding it."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import pytest

HAVE_TORCH = importlib.util.find_spec("torch") is not None
PROBE = (
    "import sys, beritaner, thinc.compat; "
    "print('torch' in sys.modules, thinc.compat.has_torch); "
    "import torch; print(hasattr(torch, 'tensor'))"
)


def _run(code: str, **env: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, **env}, check=True)
    return out.stdout.split()


@pytest.mark.skipif(not HAVE_TORCH, reason="torch is not installed here: nothing to keep out")
def test_import_beritaner_leaves_torch_out_but_importable():
    assert _run(PROBE) == ["False", "False", "True"]


@pytest.mark.skipif(not HAVE_TORCH, reason="torch is not installed here")
def test_thinc_gets_torch_when_asked_or_already_loaded():
    assert _run(PROBE, BERITANER_THINC_TORCH="1") == ["True", "True", "True"]
    assert _run("import spacy, beritaner, thinc.compat; print(thinc.compat.has_torch)") == ["True"]


def test_the_pipeline_works_after_the_start_up_trick():
    code = ("import beritaner; r = beritaner.extract('Bupati Lebak Hasbi Jayabaya meninjau "
            "banjir di Kecamatan Cipanas, Senin (3/3/2025).'); print(sorted({e.label for e in r.entities}))")
    assert _run(code) == ["['DATE',", "'OFFICE',", "'PERSON',", "'PLACE']"]
