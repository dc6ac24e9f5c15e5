"""Shared fixtures: the pipelines are built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
STARTUP_ARTICLE = SHARED / "seeds" / "000_529a9b6d9556c938.txt"


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline (shipped model + knowledge components)."""
    import beritaner

    return beritaner.load()


@pytest.fixture(scope="session")
def nlp_rules():
    """The knowledge components alone, without the statistical model."""
    from beritaner import pipeline

    return pipeline.build(model=None)


@pytest.fixture(scope="session")
def startup_text() -> str:
    if not STARTUP_ARTICLE.exists():
        pytest.skip(f"{STARTUP_ARTICLE} is not here (../shared beside the project)")
    return STARTUP_ARTICLE.read_text(encoding="utf-8")
