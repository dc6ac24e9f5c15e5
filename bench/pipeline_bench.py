"""Throughput, load time and memory of the beritaner pipeline, honestly measured.

    .venv/bin/python bench/pipeline_bench.py [--model DIR] [--words 200000] [--out FILE]

* Corpus: every sentence of ``seeds/*.txt`` and ``devset/*.txt`` (cut at line breaks
  and sentence ends), shuffled (``--seed``) and repeated, each pass shuffled anew,
  until there are at least ``--words`` words; grouped into documents of about
  ``--doc-words`` words (a news article's length). "Words" are whitespace-separated
  words of the raw text, the same count for every row, whatever the tokenizer does.
* Rows, all on that corpus, one process unless stated, after a warm-up on a slice:
  the news tokenizer alone; the statistical NER alone (``spacy.load`` of the model
  directory as shipped, ``nlp.pipe`` on the raw texts, so its tokenizer included; and
  its components over tokenized docs); the full pipeline (``beritaner.load()``,
  ``nlp.pipe``); ``extract_many`` (records built) with 1 and 2 processes; and, on a
  ``--dateparser-words`` subset only (it is slow), dateparser's
  ``search_dates(text, languages=["id"])`` beside beritaner's dates component alone.
* Each component's share: the tokenized docs go through the full pipeline's
  components one at a time, each timed; and a cProfile of the full pipeline on a slice
  lists the functions that cost most.
* Load time and peak RSS: a fresh ``python`` subprocess times ``import beritaner`` +
  ``load()`` + the first ``extract`` of a seed article, then reads
  ``resource.getrusage().ru_maxrss``; then runs ``extract_many`` over the corpus and
  reads it again.

Targets (issue 14): full pipeline at least 0.75× as fast as NER alone (same run); load
(import + ``load()`` + first extract) at most 1.0 s without torch; peak RSS of
``extract_many`` at its default batch size at most 300 MB. The machine may be shared: its load
average is printed before and after.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import io
import json
import os
import platform
import pstats
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import spacy  # noqa: E402

import beritaner  # noqa: E402
from beritaner import pipeline as bpipeline  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REFERENCE_DATE = "2025-11-04"
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘(]?[A-Z0-9])")


# --------------------------------------------------------------------------- corpus
def sentences_of(paths: list[Path]) -> list[str]:
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line:
                out.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return out


def build_corpus(min_words: int, doc_words: int, seed: int) -> tuple[list[str], dict]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "devset").glob("*.txt"))
    sentences = sentences_of(paths)
    source_words = sum(len(s.split()) for s in sentences)
    rng = random.Random(seed)
    docs: list[str] = []
    paragraph: list[str] = []
    paragraphs: list[str] = []
    words = in_doc = passes = 0
    while words < min_words:
        order = sentences[:]
        rng.shuffle(order)
        passes += 1
        for sentence in order:
            paragraph.append(sentence)
            n = len(sentence.split())
            words += n
            in_doc += n
            if len(paragraph) >= 3:
                paragraphs.append(" ".join(paragraph))
                paragraph = []
            if in_doc >= doc_words:
                paragraphs.append(" ".join(paragraph))
                docs.append("\n".join(p for p in paragraphs if p))
                paragraph, paragraphs, in_doc = [], [], 0
            if words >= min_words:
                break
    if paragraph or paragraphs:
        paragraphs.append(" ".join(paragraph))
        docs.append("\n".join(p for p in paragraphs if p))
    stats = {"files": len(paths), "sentences": len(sentences), "source_words": source_words,
             "passes": passes, "docs": len(docs), "words": sum(len(d.split()) for d in docs)}
    return docs, stats


def count_words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


# --------------------------------------------------------------------------- timing
def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run_pipe(nlp, texts, batch_size):
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass


def run_components(nlp, docs, batch_size):
    stream = iter(docs)
    for _name, proc in nlp.pipeline:
        stream = proc.pipe(stream, batch_size=batch_size)
    for _ in stream:
        pass


def component_times(nlp, texts, batch_size) -> tuple[float, list[tuple[str, float]]]:
    start = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    tokenizer = time.perf_counter() - start
    shares = []
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(doc) for doc in docs]
        shares.append((name, time.perf_counter() - start))
    return tokenizer, shares


def profile_top(nlp, texts, batch_size, limit: int = 12):
    """The functions with the most own time, and beritaner's by cumulative time."""
    profiler = cProfile.Profile()
    profiler.enable()
    run_pipe(nlp, texts, batch_size)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    rows = []
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():
        rows.append((f"{_short(filename)}:{line}({func})", tottime, cumtime, ncalls))
    rows.sort(key=lambda r: r[1], reverse=True)
    own = rows[:limit]
    ours = sorted((r for r in rows if r[0].startswith("beritaner/")), key=lambda r: r[2], reverse=True)
    return own, ours[:limit]


def _short(filename: str) -> str:
    for marker in ("/src/", "/site-packages/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename if filename.startswith("~") or filename.startswith("<") else Path(filename).name


# --------------------------------------------------------------------------- load / RSS
_CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
import beritaner
t1 = time.perf_counter()
nlp = beritaner.load(None if sys.argv[1] == "none" else sys.argv[1])
t2 = time.perf_counter()
article = open(sys.argv[2], encoding="utf-8").read()
beritaner.extract(article, reference_date="2025-10-30", nlp=nlp)
t3 = time.perf_counter()
def hwm():  # this process's own peak (VmHWM is reset by exec; ru_maxrss is not)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
rss_loaded, hwm_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, hwm()
texts = json.load(open(sys.argv[3], encoding="utf-8"))
t3b = time.perf_counter()
for _ in beritaner.extract_many(texts, reference_dates="2025-11-04", nlp=nlp,
                                batch_size=int(sys.argv[4])):
    pass
t4 = time.perf_counter()
rss_corpus, hwm_corpus = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, hwm()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "first_extract": t3 - t2, "corpus": t4 - t3b,
                  "rss_loaded_kb": rss_loaded, "rss_corpus_kb": rss_corpus,
                  "hwm_loaded_kb": hwm_loaded, "hwm_corpus_kb": hwm_corpus}))
"""


def load_and_memory(model: str, texts: list[str], batch_size: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.json"
        corpus.write_text(json.dumps(texts), encoding="utf-8")
        script = Path(tmp) / "child.py"
        script.write_text(_CHILD, encoding="utf-8")
        article = ROOT / "seeds" / "001_pemkab_banyumas_jalan_desa.txt"
        start = time.perf_counter()
        done = subprocess.run([sys.executable, str(script), model, str(article), str(corpus),
                               str(batch_size)],
                              capture_output=True, text=True, check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["process_wall"] = time.perf_counter() - start
        return result


# --------------------------------------------------------------------------- machine
def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        # nproc obeys OMP_NUM_THREADS, which this script sets to 1
        env = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
        nproc = subprocess.run(["nproc"], capture_output=True, text=True, env=env).stdout.strip()
    except OSError:
        nproc = str(os.cpu_count())
    import dateparser
    import pydantic

    return {"nproc": nproc, "cpu": cpu, "python": platform.python_version(),
            "spacy": spacy.__version__, "pydantic": pydantic.__version__,
            "dateparser": dateparser.__version__, "beritaner": beritaner.__version__,
            "torch": "installed" if importlib.util.find_spec("torch") else "not installed",
            "platform": platform.platform()}


# --------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=None,
                    help="the statistical model directory (default: the shipped models/beritaner-ner)")
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--doc-words", type=int, default=300)
    ap.add_argument("--dateparser-words", type=int, default=3_000)
    ap.add_argument("--profile-words", type=int, default=20_000)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeats", type=int, default=2, help="alternating runs of NER alone and the full pipeline")
    ap.add_argument("--rss-batch-sizes", type=lambda v: [int(x) for x in v.split(",")],
                    default=[8, 16, 64], help="extract_many batch sizes for the memory runs "
                    "(the first, extract_many's default, is the one held to the target)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS-pipeline.md")
    args = ap.parse_args(argv)
    if args.words < 200_000:
        print("note: fewer than 200,000 words: a trial run, not the benchmark", file=sys.stderr)

    model_dir = Path(args.model) if args.model else bpipeline.default_model_path()
    if not (model_dir / "config.cfg").exists():
        sys.exit(f"no model at {model_dir}: train it first, or pass --model DIR")
    load_before = os.getloadavg()
    began = time.perf_counter()

    texts, corpus = build_corpus(args.words, args.doc_words, args.seed)
    words = corpus["words"]

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - began:6.0f} s] {message}", file=sys.stderr, flush=True)

    log(f"corpus: {len(texts)} documents, {words:,} words")
    # First, while this process is still small: Linux carries a parent's resident size
    # into a child's ru_maxrss across fork+exec.
    # An installed package imports from bytecode (pip compiles it); an editable checkout
    # under PYTHONDONTWRITEBYTECODE=1 (set on these machines) would compile every module
    # from source at each start. Compile once, as an install would.
    import compileall

    compileall.compile_dir(str(Path(beritaner.__file__).parent), quiet=1)
    log("load time and memory (subprocess)")
    children = {b: load_and_memory("default" if args.model is None else str(model_dir), texts, b)
                for b in args.rss_batch_sizes}
    child = children[args.rss_batch_sizes[0]]
    if args.model is None:
        model_label = "models/beritaner-ner"  # the shipped one (wherever it is installed)
    else:
        model_label = str(model_dir.relative_to(ROOT)) if model_dir.is_relative_to(ROOT) else str(model_dir)
    ner = spacy.load(model_dir)
    full = beritaner.load() if args.model is None else beritaner.load(model_dir)
    warm = texts[: max(4, len(texts) // 50)]
    run_pipe(ner, warm, args.batch_size)
    run_pipe(full, warm, args.batch_size)
    list(beritaner.extract_many(warm, reference_dates=REFERENCE_DATE, nlp=full))

    rows: list[tuple[str, int, float, str]] = []

    def row(label: str, n_words: int, seconds: float, note: str = "") -> None:
        rows.append((label, n_words, seconds, note))
        log(f"{label}: {n_words / seconds:,.0f} words/s")

    row("news tokenizer alone (`nlp.make_doc`)", words,
        timed(lambda: [full.make_doc(t) for t in texts]))
    docs = [ner.make_doc(t) for t in texts]
    row(f"statistical NER components alone ({'+'.join(ner.pipe_names)}), pre-tokenized docs",
        words, timed(lambda: run_components(ner, docs, args.batch_size)))
    del docs
    # The two rows the speed target compares, run in turn (NER, full, NER, full, …) and
    # each taken at its best: a shared machine's load then weighs on both alike.
    ner_runs, full_runs, ner_cpu, full_cpu = [], [], [], []
    for _ in range(args.repeats):
        start = time.process_time()
        ner_runs.append(timed(lambda: run_pipe(ner, texts, args.batch_size)))
        ner_cpu.append(time.process_time() - start)
        start = time.process_time()
        full_runs.append(timed(lambda: run_pipe(full, texts, args.batch_size)))
        full_cpu.append(time.process_time() - start)
    ner_seconds, full_seconds = min(ner_runs), min(full_runs)
    row(f"**statistical NER alone**: `spacy.load({model_label})`, `nlp.pipe` (best of {args.repeats}, "
        "alternating with the next row)", words, ner_seconds)
    row(f"**full pipeline**: `beritaner.load()`, `nlp.pipe` (best of {args.repeats})", words, full_seconds)
    for n_process in (1, 2):
        row(f"`extract_many(..., n_process={n_process})` (records built)", words, timed(
            lambda: list(beritaner.extract_many(texts, reference_dates=REFERENCE_DATE,
                                                n_process=n_process, batch_size=args.batch_size,
                                                nlp=full))))

    # The tok2vec tensor (tokens x width floats) rides along with every Doc a worker sends
    # back; spaCy's doc_cleaner drops it at the end of the pipeline (records unchanged).
    lean = bpipeline.build("default" if args.model is None else model_dir)
    lean.add_pipe("doc_cleaner", config={"attrs": {"tensor": None}})
    list(beritaner.extract_many(warm, reference_dates=REFERENCE_DATE, nlp=lean))
    for n_process in (1, 2):
        row(f"`extract_many(..., n_process={n_process})` with spaCy's `doc_cleaner` dropping "
            "`doc.tensor` (experiment)", words, timed(
                lambda: list(beritaner.extract_many(texts, reference_dates=REFERENCE_DATE,
                                                    n_process=n_process, batch_size=args.batch_size,
                                                    nlp=lean))))
    del lean

    subset: list[str] = []
    while count_words(subset) < args.dateparser_words and len(subset) < len(texts):
        subset.append(texts[len(subset)])
    from dateparser.search import search_dates

    search_dates("Senin, 3 November 2025", languages=["id"])  # warm-up: its data loads lazily
    sub_words = count_words(subset)
    row(f'dateparser `search_dates(text, languages=["id"])` — subset of {len(subset)} documents',
        sub_words, timed(lambda: [search_dates(t, languages=["id"]) for t in subset]),
        "subset only: it is slow")
    dates_only = spacy.blank("id", config=bpipeline.TOKENIZER_CONFIG)
    dates_only.add_pipe("beritaner_dates")
    run_pipe(dates_only, subset[:2], args.batch_size)
    row("beritaner dates component alone (tokenizer + `beritaner_dates`) — same subset",
        sub_words, timed(lambda: run_pipe(dates_only, subset, args.batch_size)))

    log("per-component times")
    tokenizer_seconds, shares = component_times(full, texts, args.batch_size)
    log("cProfile")
    profile_texts: list[str] = []
    while count_words(profile_texts) < args.profile_words and len(profile_texts) < len(texts):
        profile_texts.append(texts[len(profile_texts)])
    hot, ours = profile_top(full, profile_texts, args.batch_size)
    load_after = os.getloadavg()

    # ------------------------------------------------------------------ report
    info = machine()
    ner_wps, full_wps = words / ner_seconds, words / full_seconds
    load_total = child["import"] + child["load"] + child["first_extract"]
    rss_mb = max(child["rss_loaded_kb"], child["rss_corpus_kb"], child["hwm_corpus_kb"]) / 1024
    in_project_venv = Path(sys.prefix).resolve() == (ROOT / ".venv").resolve()
    python = ".venv/bin/python" if in_project_venv else "python"
    command = f"{python} bench/pipeline_bench.py" + "".join(
        f" {flag} {value}" for flag, value in (
            ("--model", args.model), ("--words", args.words if args.words != 200_000 else None),
            ("--seed", args.seed if args.seed else None)) if value is not None)
    lines = [
        "# Pipeline benchmark",
        "",
        f"Command: `{command}` (about {time.perf_counter() - began:.0f} s)"
        + ("." if in_project_venv else f", in a fresh venv with `pip install \".[test]\"` "
           f"(`{sys.prefix}`)."),
        "",
        f"Machine: `nproc` = {info['nproc']}, {info['cpu']}; {info['platform']}; Python "
        f"{info['python']}, spaCy {info['spacy']}, pydantic {info['pydantic']}, dateparser "
        f"{info['dateparser']}, beritaner {info['beritaner']}; torch {info['torch']} (thinc "
        "imports it when it is there: about +230 MB and +1 s at import). Load average (1 min) "
        f"{load_before[0]:.1f} before, {load_after[0]:.1f} after: the machine is shared, so "
        "absolute numbers move with its load; rows of one run are comparable.",
        "",
        f"Corpus: {corpus['sentences']:,} sentences ({corpus['source_words']:,} words) from "
        f"{corpus['files']} articles in `seeds/` and `devset/`, shuffled (seed {args.seed}) and "
        f"repeated ({corpus['passes']} passes) to **{words:,} words** in {corpus['docs']:,} "
        f"documents of about {args.doc_words} words. Words = whitespace-separated words of the "
        f"raw text. Model: `{model_label}` "
        f"({'+'.join(ner.pipe_names)}); full pipeline: {', '.join(full.pipe_names)}. Batch size "
        f"{args.batch_size}; one pass each after a warm-up (NER alone and the full pipeline: best of {args.repeats} alternating passes); the package byte-compiled first, as an install would be.",
        "",
        "| what | words | seconds | words/s | vs NER alone |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, n_words, seconds, note in rows:
        wps = n_words / seconds
        lines.append(f"| {label}{' (' + note + ')' if note else ''} | {n_words:,} | {seconds:.2f} | "
                     f"{wps:,.0f} | {wps / ner_wps:.2f}× |")
    lines += [
        "",
        "| target | measured | met |",
        "|---|---|:---:|",
        f"| full pipeline ≥ 0.75× the speed of NER alone | wall clock: {full_wps:,.0f} vs {ner_wps:,.0f} words/s "
        f"= {full_wps / ner_wps:.3f}×; CPU time (best of {args.repeats}): {min(ner_cpu):.1f} / {min(full_cpu):.1f} s "
        f"= **{min(ner_cpu) / min(full_cpu):.3f}×** | {'yes' if min(ner_cpu) / min(full_cpu) >= 0.75 else '**no**'} (CPU) |",
        f"| load ≤ 1.0 s (import + `load()` + first `extract`) | {load_total:.2f} s (import "
        f"{child['import']:.2f} + load {child['load']:.2f} + first extract "
        f"{child['first_extract']:.2f}; whole process {child['process_wall']:.1f} s with "
        f"interpreter start and the corpus run) | {'yes' if load_total <= 1.0 else '**no**'} |",
        f"| peak RSS ≤ 300 MB (`ru_maxrss`; `VmHWM` in brackets) | "
        f"{child['rss_loaded_kb'] / 1024:.0f} MB ({child['hwm_loaded_kb'] / 1024:.0f}) after load + "
        f"first extract; {child['rss_corpus_kb'] / 1024:.0f} MB ({child['hwm_corpus_kb'] / 1024:.0f}) "
        f"after `extract_many(batch_size={args.rss_batch_sizes[0]})` over the corpus | "
        f"{'yes' if rss_mb <= 300 else '**no**'} |",
        "",
        "Peak memory of a fresh process (import, `load()`, first `extract`, then `extract_many` "
        "over the whole corpus) by `extract_many` batch size — the statistical model's "
        "activations for one batch are the transient part:",
        "",
        "| batch_size | after load (MB) | peak over the corpus (MB) | `extract_many` words/s in that process |",
        "|---:|---:|---:|---:|",
        *[f"| {b} | {c['hwm_loaded_kb'] / 1024:.0f} | {c['hwm_corpus_kb'] / 1024:.0f} | "
          f"{words / c['corpus']:,.0f} |" for b, c in children.items()],
        "",
        f"Where the full pipeline's time goes ({words:,} words; each component over the docs "
        "the previous one returned):",
        "",
        "| stage | seconds | share | words/s |",
        "|---|---:|---:|---:|",
    ]
    total = tokenizer_seconds + sum(s for _, s in shares)
    for name, seconds in [("tokenizer", tokenizer_seconds), *shares]:
        lines.append(f"| {name} | {seconds:.2f} | {100 * seconds / total:.0f} % | {words / seconds:,.0f} |")
    lines += [
        f"| total | {total:.2f} | 100 % | {words / total:,.0f} |",
        "",
        f"cProfile of `nlp.pipe` (full pipeline) on {count_words(profile_texts):,} words, "
        "functions by own time:",
        "",
        "| function | own s | cumulative s | calls |",
        "|---|---:|---:|---:|",
    ]
    for name, own, cumulative, calls in hot:
        lines.append(f"| `{name}` | {own:.2f} | {cumulative:.2f} | {calls:,} |")
    lines += ["", "The same profile, beritaner's functions by cumulative time (cProfile inflates "
              "functions that make many small calls; the per-stage table above is the unbiased "
              "one):", "", "| function | own s | cumulative s | calls |", "|---|---:|---:|---:|"]
    for name, own, cumulative, calls in ours:
        lines.append(f"| `{name}` | {own:.2f} | {cumulative:.2f} | {calls:,} |")
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
        log(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
