"""``extract_many(..., n_process=2)``: the records and the Doc extensions must come back
from the worker processes intact, in order, and equal to the single-process results."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import beritaner
from beritaner.api import CHUNK_CHARS
from beritaner.candidates import ENTITIES, PERSONS, REFERENCE_DATE
from beritaner.pipeline import default_model_path

ROOT = Path(__file__).resolve().parents[1]
HAVE_MODEL = (default_model_path() / "config.cfg").exists()


@pytest.fixture(scope="module")
def pipeline():
    """The shipped pipeline when the model is there; the knowledge components until then."""
    return beritaner.load() if HAVE_MODEL else beritaner.load(None)


def _articles() -> list[tuple[str, str, str]]:
    items = []
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "devset").glob("*.txt")):
        gold = path.with_suffix(".json")
        if gold.exists():
            items.append((path.stem, path.read_text(encoding="utf-8"),
                          json.loads(gold.read_text(encoding="utf-8"))["reference_date"]))
    assert len(items) >= 5
    return items


def test_two_processes_give_the_same_records(pipeline):
    articles = _articles()
    # blank texts between articles: they never enter the pipe, their places must hold
    ids = [a[0] for a in articles] + ["blank-1", "blank-2"]
    texts = [a[1] for a in articles] + ["", "  \n "]
    refs = [a[2] for a in articles] + [None, "2025-11-04"]
    order = [len(articles)] + list(range(len(articles))) + [len(articles) + 1]
    ids, texts, refs = ([seq[i] for i in order] for seq in (ids, texts, refs))

    single = [beritaner.extract(t, reference_date=r, id=i, nlp=pipeline)
              for t, r, i in zip(texts, refs, ids)]
    multi = list(beritaner.extract_many(texts, reference_dates=refs, ids=ids,
                                        n_process=2, batch_size=3, nlp=pipeline))
    assert [r.id for r in multi] == ids
    assert multi == single
    # not vacuous: dates resolved against each article's reference date, people grouped
    assert sum(len(r.of("DATE")) for r in multi) > 20
    assert any(d.value for r in multi for d in r.of("DATE"))
    assert any(r.persons for r in multi)
    assert multi[0].entities == () and multi[-1].reference_date == "2025-11-04"


def test_long_text_cut_into_chunks_across_processes(pipeline, monkeypatch):
    """A text longer than CHUNK_CHARS is processed in pieces that may land in different
    workers; offsets must still index the whole text. (Pieces of 4,000 characters here,
    so the test stays small; the cutting is done in this process either way.)"""
    from functools import partial

    from beritaner import api

    monkeypatch.setattr(api, "chunk_bounds", partial(api.chunk_bounds, limit=4_000))
    _, text, ref = _articles()[0]
    long_text = "\n\n".join([text] * 8)
    assert len(api.chunk_bounds(long_text)) >= 4
    assert CHUNK_CHARS > 4_000
    (single,) = beritaner.extract_many([long_text], reference_dates=ref, nlp=pipeline)
    (multi,) = beritaner.extract_many([long_text], reference_dates=ref, n_process=2,
                                      batch_size=1, nlp=pipeline)
    assert multi == single
    assert all(long_text[e.start:e.end] == e.text for e in multi.entities)
    assert multi.entities[-1].start > len(long_text) - len(text)


def test_doc_extensions_survive_nlp_pipe_with_processes(pipeline):
    """What extract_many relies on: the reference date set before the pipe reaches the
    workers, and the entities and person groups they set come back on the Doc."""
    articles = _articles()[:6]

    def docs():
        for _, text, ref in articles:
            doc = pipeline.make_doc(text)
            doc._.set(REFERENCE_DATE, ref)
            yield doc

    single = list(pipeline.pipe(docs(), batch_size=2))
    multi = list(pipeline.pipe(docs(), batch_size=2, n_process=2))
    for (_, _, ref), one, two in zip(articles, single, multi):
        assert two._.get(REFERENCE_DATE) == ref
        assert two._.get(ENTITIES) == one._.get(ENTITIES)
        assert _plain(two._.get(PERSONS)) == _plain(one._.get(PERSONS))
        assert [(e.start_char, e.end_char, e.label_) for e in two.ents] == \
               [(e.start_char, e.end_char, e.label_) for e in one.ents]
    assert any(d._.get(ENTITIES) for d in multi)


def _plain(value):
    """Tuples become lists on the way back from a worker (msgpack): compare as JSON."""
    return json.loads(json.dumps(value))


def test_pipeline_pickles_for_spawned_workers(pipeline):
    """With the 'spawn'/'forkserver' start methods (macOS, Windows, Linux from Python
    3.14) spaCy pickles the components into each worker; the copy must extract exactly
    as the original. (Once broken by a threading.Lock held by a component.)"""
    copy = pickle.loads(pickle.dumps(pipeline))
    _, text, ref = _articles()[1]
    assert beritaner.extract(text, reference_date=ref, nlp=copy) == \
        beritaner.extract(text, reference_date=ref, nlp=pipeline)
