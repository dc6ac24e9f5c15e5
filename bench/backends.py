"""spaCy backend vs stanza backend: accuracy, speed, load time, memory.

    .venv/bin/python bench/backends.py --data ../shared/data --out bench/RESULTS-backends.md

Rows, each for both backends (``beritaner.load()`` and ``beritaner.load(backend="stanza")``):

1. **NER on gold tokens**, entity P/R/F1 with :func:`beritaner.evaluation.conll.evaluate_conll`
   (our corrected gold, spaCy's scorer) on idner-news-2k dev, NERGrit valid and, once,
   idner-news-2k **test**. spaCy: the shipped ``models/beritaner-ner`` (tok2vec + ner).
   stanza: the shipped NER model tagging the gold words through stanza's
   pretokenized input (:class:`beritaner.backends.stanza.StanzaNER`), so both see the
   same tokens.
2. **NER alone on our gold articles** (``seeds/``, ``devset/``; raw text, each
   backend's own tokenizer): exact-span PERSON/PLACE/ORG F1 as ``scripts/train.py``
   scores it (a span inside a gold OFFICE or DATE is not counted).
3. **Full pipeline on our gold articles**: :func:`beritaner.evaluation.evaluate.score_articles`
   with ``extract(text, reference_date=..., backend=...)``: overlap and exact F1 per
   label, all five labels. ``testset/`` is not read.
4. **Speed, load time, peak memory**: a fresh ``python`` process per backend times
   ``import beritaner`` + ``load(backend=...)`` + the first ``extract`` of a seed
   article and reads ``ru_maxrss``; then runs ``extract_many`` over a corpus of the
   gold articles' text repeated to ``--words`` words (whitespace-separated words of
   the raw text), then the statistical part alone (spaCy ``nlp.pipe`` of the NER
   model with its tokenizer; stanza's ``Pipeline`` tokenize + ner), and reads
   ``ru_maxrss`` again. torch gets ``--threads`` threads (default 1: spaCy's NER runs
   on one core too); BLAS one thread.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_DIRS = ("seeds", "devset")
LABELS5 = ("PERSON", "OFFICE", "PLACE", "ORG", "DATE")
BACKENDS = ("spacy", "stanza")


def _train_script():
    spec = importlib.util.spec_from_file_location("beritaner_train_script", ROOT / "scripts" / "train.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus(words: int) -> list[str]:
    """The gold articles' texts, repeated in order until there are ``words`` words."""
    texts = [p.read_text(encoding="utf-8") for d in ARTICLE_DIRS for p in sorted((ROOT / d).glob("*.txt"))]
    out, count = [], 0
    while count < words:
        for text in texts:
            out.append(text)
            count += len(text.split())
            if count >= words:
                break
    return out


# ---------------------------------------------------------------- child: speed + memory
def child(backend: str, words: int, threads: int) -> dict:
    import resource

    t0 = time.perf_counter()
    if backend == "stanza":  # (thinc imports torch anyway when it is installed)
        import torch

        torch.set_num_threads(threads)
    import beritaner

    t_import = time.perf_counter() - t0
    t1 = time.perf_counter()
    nlp = beritaner.load(backend=backend)
    t_load = time.perf_counter() - t1
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    t2 = time.perf_counter()
    beritaner.extract(seed, nlp=nlp)
    t_first = time.perf_counter() - t2
    rss_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    texts = corpus(words)
    n_words = sum(len(t.split()) for t in texts)
    list(beritaner.extract_many(texts[:3], nlp=nlp))  # warm-up
    t3 = time.perf_counter()
    n = sum(1 for _ in beritaner.extract_many(texts, nlp=nlp, batch_size=16))
    t_full = time.perf_counter() - t3
    assert n == len(texts)
    if backend == "spacy":
        import spacy

        ner = spacy.load(beritaner.pipeline.default_model_path())
        list(ner.pipe(texts[:3]))
        t4 = time.perf_counter()
        for _ in ner.pipe(texts, batch_size=16):
            pass
    else:
        from beritaner.backends.stanza import load_stanza

        ner = load_stanza()
        ner(texts[0])
        t4 = time.perf_counter()
        for text in texts:
            ner(text)
    t_ner = time.perf_counter() - t4
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "backend": backend, "threads": threads, "words": n_words, "documents": len(texts),
        "import_s": t_import, "load_s": t_load, "first_extract_s": t_first,
        "rss_after_load_mb": rss_load, "rss_peak_mb": rss_peak,
        "full_s": t_full, "full_wps": n_words / t_full, "ner_s": t_ner, "ner_wps": n_words / t_ner,
    }  # fmt: skip


def run_child(backend: str, words: int, threads: int) -> dict:
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, __file__, "--child", backend, "--words", str(words), "--threads", str(threads)],
        check=True, capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["process_s"] = time.perf_counter() - t0
    return result


# ------------------------------------------------------------------------- accuracy
def gold_token_scores(data: Path, files: list[str]) -> dict:
    import spacy

    from beritaner.backends.stanza import gold_token_pipeline
    from beritaner.evaluation.conll import evaluate_conll
    from beritaner.pipeline import default_model_path

    pipes = {"spacy": spacy.load(default_model_path()), "stanza": gold_token_pipeline()}
    return {
        rel: {name: evaluate_conll(nlp, data / rel, verbose=False) for name, nlp in pipes.items()} for rel in files
    }


def article_scores() -> dict:
    import beritaner
    from beritaner.backends.stanza import stanza_language
    from beritaner.evaluation.evaluate import score_articles

    folders = [ROOT / d for d in ARTICLE_DIRS]
    trainer = _train_script()
    ner_alone = {
        "spacy": trainer.score_articles(__import__("spacy").load(beritaner.pipeline.default_model_path()), folders),
        "stanza": trainer.score_articles(stanza_language(), folders),
    }
    full = {}
    for backend in BACKENDS:
        nlp = beritaner.load(backend=backend)
        report = score_articles(lambda text, reference_date=None: beritaner.extract(
            text, reference_date=reference_date, nlp=nlp), folders)  # fmt: skip
        full[backend] = report.to_dict()
    return {"ner_alone": ner_alone, "full": full}


# ---------------------------------------------------------------------------- report
def fmt(x: float) -> str:
    return f"{x:.3f}"


def render(args, gold: dict, articles: dict, speed: dict, load_before: float, load_after: float, seconds: float,
           sizes: dict) -> str:
    import spacy
    import stanza
    import torch

    lines = [
        "# Backends: spaCy vs stanza",
        "",
        f"Command: `.venv/bin/python bench/backends.py --data ../shared/data --words {args.words} "
        f"--threads {args.threads}` ({seconds:.0f} s).",
        "",
        f"Machine: `nproc` = {os.cpu_count()}; {platform.platform()}; Python {platform.python_version()}, "
        f"spaCy {spacy.__version__}, stanza {stanza.__version__}, torch {torch.__version__}. "
        f"Load average (1 min) {load_before:.1f} before, {load_after:.1f} after (the machine is shared).",
        "",
        "Models: spaCy `models/beritaner-ner` (tok2vec + ner); stanza `models/stanza/` "
        "(tokenizer + NER, trained by `scripts/train_stanza.py`; see its README). "
        "Both pipelines run the same knowledge components, resolver and linker.",
        "",
        "## 1. NER on gold tokens (entity P/R/F1, `beritaner.evaluation.conll.evaluate_conll`)",
        "",
        "stanza tags the gold words through its pretokenized input, spaCy's NER the same "
        "words: no tokenization difference. Gold spans corrected towards ANNOTATION.md as "
        "in training. idner-news-2k **test** is scored here once, never used for tuning.",
        "",
        "| set | backend | PERSON F1 | PLACE F1 | ORG F1 | P | R | **F1** |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for rel, by in gold.items():
        for name, r in by.items():
            pt = r["per_type"]
            lines.append(
                f"| {rel} | {name} | {fmt(pt['PERSON']['f'])} | {fmt(pt['PLACE']['f'])} | {fmt(pt['ORG']['f'])} "
                f"| {fmt(r['p'])} | {fmt(r['r'])} | **{fmt(r['f'])}** |"
            )
    n_articles = articles["full"]["spacy"]["articles"]
    lines += [
        "",
        f"## 2. NER alone on our gold articles ({n_articles} in `seeds/` + `devset/`; raw text)",
        "",
        "Exact-span PERSON/PLACE/ORG, each backend with its own tokenizer (as "
        "`scripts/train.py` scores models; spans inside a gold OFFICE/DATE not counted).",
        "",
        "| backend | PERSON F1 | PLACE F1 | ORG F1 | P | R | **F1** |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in articles["ner_alone"].items():
        pt = r["per_type"]
        lines.append(f"| {name} | {fmt(pt['PERSON']['f'])} | {fmt(pt['PLACE']['f'])} | {fmt(pt['ORG']['f'])} "
                     f"| {fmt(r['p'])} | {fmt(r['r'])} | **{fmt(r['f'])}** |")  # fmt: skip
    lines += [
        "",
        f"## 3. Full pipeline on our gold articles (`beritaner.evaluation.evaluate.score_articles`, {n_articles} articles)",
        "",
        "| backend | match | " + " | ".join(LABELS5) + " | P | R | **F1** |",
        "|---|---|" + "---:|" * (len(LABELS5) + 3),
    ]
    for match in ("overlap", "exact"):
        for name in BACKENDS:
            d = articles["full"][name][match]
            cells = " | ".join(fmt(d[lab]["f1"]) for lab in LABELS5)
            a = d["ALL"]
            lines.append(f"| {name} | {match} | {cells} | {fmt(a['precision'])} | {fmt(a['recall'])} "
                         f"| **{fmt(a['f1'])}** |")  # fmt: skip
    lines += ["", "| backend | holder accuracy | DATE value accuracy | region code accuracy |", "|---|---:|---:|---:|"]
    for name in BACKENDS:
        d = articles["full"][name]

        def acc(key: str) -> str:
            a = d[key]
            return "–" if a["accuracy"] is None else f"{a['accuracy']:.3f} ({a['correct']}/{a['total']})"

        lines.append(f"| {name} | {acc('holder_accuracy')} | {acc('date_value_accuracy')} | "
                     f"{acc('region_code_accuracy')} |")  # fmt: skip
    s0 = speed["spacy"]
    lines += [
        "",
        f"## 4. Speed, load time, memory (fresh process per backend; {s0['words']:,} words in "
        f"{s0['documents']} documents: the gold articles' text repeated; torch threads = {args.threads})",
        "",
        "| backend | full pipeline `extract_many` (words/s) | statistical part alone (words/s) | "
        "import (s) | `load()` (s) | first `extract` (s) | RSS after load (MB) | peak RSS (MB) | model size (MB) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in BACKENDS:
        s = speed[name]
        lines.append(
            f"| {name} | {s['full_wps']:,.0f} | {s['ner_wps']:,.0f} | {s['import_s']:.2f} | {s['load_s']:.2f} | "
            f"{s['first_extract_s']:.2f} | {s['rss_after_load_mb']:.0f} | {s['rss_peak_mb']:.0f} | "
            f"{sizes[name] / 1e6:.1f} |"
        )
    lines += [
        "",
        "Statistical part alone: spaCy `spacy.load(models/beritaner-ner)` `nlp.pipe` on the raw "
        "texts (news tokenizer + tok2vec + ner); stanza `Pipeline(tokenize, ner)` on each raw "
        "text. With the stanza extra installed, `import spacy` imports torch too (thinc "
        "loads it when present): both processes carry it, which is most of their RSS after load. "
        "Peak RSS is `ru_maxrss` after the whole run (load, first extract, corpus, the "
        "statistical part alone loaded a second time).",
        "",
        "## Where stanza is ahead",
        "",
        "Every F1 above where the stanza backend scores higher than the spaCy backend "
        "(computed by the script):",
        "",
    ]
    ahead = []
    for rel, by in gold.items():
        for lab in ("PERSON", "PLACE", "ORG"):
            a, b = by["stanza"]["per_type"][lab]["f"], by["spacy"]["per_type"][lab]["f"]
            if a > b:
                ahead.append(f"- gold tokens, {rel}, {lab}: {fmt(a)} vs {fmt(b)}")
        if by["stanza"]["f"] > by["spacy"]["f"]:
            ahead.append(f"- gold tokens, {rel}, all labels: {fmt(by['stanza']['f'])} vs {fmt(by['spacy']['f'])}")
    for lab in ("PERSON", "PLACE", "ORG"):
        a, b = articles["ner_alone"]["stanza"]["per_type"][lab]["f"], articles["ner_alone"]["spacy"]["per_type"][lab]["f"]
        if a > b:
            ahead.append(f"- NER alone on the gold articles, {lab}: {fmt(a)} vs {fmt(b)}")
    for match in ("overlap", "exact"):
        for lab in LABELS5 + ("ALL",):
            a, b = articles["full"]["stanza"][match][lab]["f1"], articles["full"]["spacy"][match][lab]["f1"]
            if a > b:
                ahead.append(f"- full pipeline on the gold articles, {match}, {lab}: {fmt(a)} vs {fmt(b)}")
    lines += ahead or ["- nowhere"]
    lines += [
        "",
        "Caveats: the gold articles guided the knowledge components and the choice of both "
        "NER models (the spaCy model's `nerp2_aug`, stanza's `ner_aug`), so sections 2-3 "
        "flatter both. On gold tokens stanza meets idner's unsplit `(KKPN)`-style tokens, "
        "which its training data had split as its tokenizer does; spaCy's training data "
        "was re-tokenized by its news tokenizer too. The library leaves torch's thread "
        "count at its default (all cores); here both backends had one thread.",
        "",
    ]
    return "\n".join(lines)


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--words", type=int, default=20000)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", type=Path, default=None, help="write the markdown report here")
    ap.add_argument("--child", choices=BACKENDS, help=argparse.SUPPRESS)
    ap.add_argument("--no-test", action="store_true", help="leave out idner-news-2k test")
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.words, args.threads)))
        return 0

    started = time.perf_counter()
    load_before = os.getloadavg()[0]
    files = ["idner-news-2k/dev.txt", "nergrit/valid.txt"] + ([] if args.no_test else ["idner-news-2k/test.txt"])
    speed = {b: run_child(b, args.words, args.threads) for b in BACKENDS}
    print(json.dumps(speed, indent=1), flush=True)
    gold = gold_token_scores(args.data.resolve(), files)
    print(json.dumps({k: {b: r["f"] for b, r in v.items()} for k, v in gold.items()}), flush=True)
    articles = article_scores()
    from beritaner.backends.stanza import default_model_dir
    from beritaner.pipeline import default_model_path

    sizes = {"spacy": dir_size(default_model_path()), "stanza": dir_size(default_model_dir())}
    report = render(args, gold, articles, speed, load_before, os.getloadavg()[0], time.perf_counter() - started,
                    sizes)  # fmt: skip
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
