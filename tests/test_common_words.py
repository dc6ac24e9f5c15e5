"""The generated common-word list: loads, makes sense, and is up to date."""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

import pytest

from beritaner.lexicon import common_words

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "nlp-id-postag" / "dataset_postag.txt"


def test_everyday_words_are_listed_and_names_are_not():
    words = common_words()
    assert len(words) > 5000
    assert {"rekaman", "harus", "pembangunan", "masyarakat"} <= words
    assert not {"andra", "jakarta", "banten", "gubernur"} & words


def test_committed_file_is_up_to_date(tmp_path):
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is not here (../shared beside the project)")
    spec = importlib.util.spec_from_file_location("build_common_words", ROOT / "scripts" / "build_common_words.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.write(module.common_words(CORPUS), tmp_path)
    committed = ROOT / "src" / "beritaner" / "data" / module.FILENAME
    assert gzip.decompress((tmp_path / module.FILENAME).read_bytes()) == gzip.decompress(committed.read_bytes()), (
        "regenerate with scripts/build_common_words.py"
    )
