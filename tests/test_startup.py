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


def test_the_saved_vocab_is_left_out_only_where_it_holds_no_vectors(tmp_path):
    import numpy
    import spacy

    from beritaner.pipeline import _has_vectors, build, default_model_path

    shipped = default_model_path()
    if not (shipped / "config.cfg").exists():
        pytest.skip("no trained model in models/beritaner-ner")
    assert not _has_vectors(shipped)
    with_vectors = spacy.blank("id")
    with_vectors.vocab.set_vector("banjir", numpy.ones(4, dtype="float32"))
    with_vectors.to_disk(tmp_path / "vectors")
    assert _has_vectors(tmp_path / "vectors")
    assert not _has_vectors(tmp_path / "nothing-here")

    # the shipped model without its saved strings finds what it finds with them
    text = ("Kapolres Lebak AKBP Herfio Zaki memimpin apel siaga banjir di Rangkasbitung bersama "
            "Basarnas Banten dan warga Desa Sukamanah, Senin (3/3/2025).")
    full_vocab = spacy.load(shipped)
    lean = build()
    assert len(lean.vocab.strings) < len(full_vocab.vocab.strings)
    ents = [(e.text, e.label_) for e in full_vocab(text).ents]
    assert ents and ents == [(e.text, e.label_) for e in lean.get_pipe("ner")(lean.get_pipe("tok2vec")(lean.make_doc(text))).ents]
