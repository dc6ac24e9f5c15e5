r"""The default pipeline: the component order, written once.

    tokenizer (beritaner.NewsTokenizer.v1)
    ner                 statistical PERSON / PLACE / ORG  (models/beritaner-ner)
    beritaner_negatives \  known non-entities (OPD, kepala daerah, jaksa)
    beritaner_dates      |
    beritaner_places     |  knowledge recognizers: propose candidates,
    beritaner_orgs       |  never delete another's
    beritaner_offices    |
    beritaner_persons   /
    beritaner_resolver  the one place overlaps are settled
    beritaner_linker    office holders and person groups

The model is a standard spaCy pipeline directory; the knowledge components are
registered spaCy factories (entry point ``spacy_factories``), so a pipeline built here
saves with ``nlp.to_disk`` and loads back with ``spacy.load`` wherever beritaner is
installed.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy
import spacy
from spacy.language import Language

# Importing these modules registers the factories and the tokenizer.
from . import link, resolve  # noqa: F401
from . import tokenizer as _tokenizer  # noqa: F401
from .recognizers import dates, negatives, offices, orgs, persons, places  # noqa: F401

DEFAULT_MODEL = "beritaner-ner"
KNOWLEDGE_COMPONENTS: tuple[str, ...] = (
    "beritaner_negatives",
    "beritaner_dates",
    "beritaner_places",
    "beritaner_orgs",
    "beritaner_offices",
    "beritaner_persons",
)
FINAL_COMPONENTS: tuple[str, ...] = ("beritaner_resolver", "beritaner_linker")
TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "beritaner.NewsTokenizer.v1"}}}


def default_model_path() -> Path:
    """Where the shipped statistical model lives (inside the installed package)."""
    return Path(str(resources.files("beritaner.models"))) / DEFAULT_MODEL


def blank() -> Language:
    """An Indonesian pipeline with only the news tokenizer."""
    return spacy.blank("id", config=TOKENIZER_CONFIG)


def _has_vectors(path: Path) -> bool:
    """Whether the pipeline at ``path`` stores word vectors in its vocab.

    Without vectors, the saved vocab is only the strings seen in training (1.1 MB for the
    shipped model, 0.05 s to read); predictions need none of them (features are hashes of
    each token's own text, labels come with the ``ner`` component), so :func:`build`
    leaves it out. A pipeline with vectors needs its vocab, and keeps it."""
    vectors = path / "vocab" / "vectors"
    if not vectors.exists():
        return False
    try:
        return numpy.load(vectors, mmap_mode="r").size > 0
    except (OSError, ValueError):
        return True  # a format this check does not read: load the vocab, as spaCy would


def build(model: str | Path | None = "default", backend: str = "spacy") -> Language:
    """Build the full pipeline.

    ``model`` is a spaCy pipeline directory holding an ``ner`` component, ``"default"``
    for the shipped model, or ``None`` for the knowledge components alone (no
    statistical NER: dates, offices, known places and organisations only).
    With ``backend="stanza"`` stanza tokenizes and finds the names
    (:mod:`beritaner.backends.stanza`; ``model`` is then a folder of stanza models).
    """
    if backend == "stanza":
        from .backends.stanza import stanza_language

        nlp = stanza_language(None if model in ("default", None) else model, ner=model is not None)
    elif backend != "spacy":
        raise ValueError(f"unknown backend {backend!r}: expected 'spacy' or 'stanza'")
    elif model is None:
        nlp = blank()
    else:
        path = default_model_path() if model == "default" else Path(model)
        if not (path / "config.cfg").exists():
            raise FileNotFoundError(
                f"no spaCy pipeline at {path} (expected {path / 'config.cfg'}); "
                "train one with scripts/train.py or pass model=None for rules only"
            )
        nlp = spacy.load(path, exclude=[] if _has_vectors(path) else ["vocab"])
    for name in KNOWLEDGE_COMPONENTS + FINAL_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp
