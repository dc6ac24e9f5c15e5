"""Train beritaner's stanza models (tokenizer + NER) offline and write models/stanza.

    .venv/bin/python scripts/train_stanza.py --data ../shared/data --output models/stanza

Needs the ``stanza`` extra (``pip install torch==2.13.0`` first, then
``pip install -e ".[stanza]"``). No pretrained vectors, no downloads: stanza's own
training tools (``stanza.models.tokenizer``, ``stanza.models.ner_tagger``) run with
``--no_pretrain --cpu`` on the public data in ``--data``.

Steps (``--stage`` runs one of them; ``all`` runs them in order):

``prepare``
    * tokenizer: UD Indonesian CSUI train + CSUI test + GSD test as training text,
      GSD dev for early stopping. Multi-word tokens (``menyetujuinya`` =
      ``menyetujui`` + ``nya``) are kept as one token: beritaner needs surface tokens
      only. Plain text is rebuilt from the tokens and ``SpaceAfter=No``; sentences are
      grouped into paragraphs of 1-4 (UD has no paragraph marks; news has them).
    * NER: idner-news-2k train + NERGrit train (``--augment N`` adds N of
      ``scripts/train.py``'s template sentences), dev = idner-news-2k dev + NERGrit
      valid, read with :func:`beritaner.evaluation.conll.read_conll` (the label mapping and the
      ANNOTATION.md corrections the spaCy model is trained with). idner writes
      ``(KKPN)`` and ``(29/10/2013)`` as one token where UD (and so the stanza tokenizer)
      writes ``( KKPN )``: such brackets and quotes are split off the words so the NER
      model sees the tokenizer's tokens (tags follow: ``Mahkamah Konstitusi (MK)``
      stays one ORG). ``--case-variants`` adds a lowercased copy of 10 % and a
      headline-cased copy of 5 % of the sentences, as the spaCy model's augmenter does.
``tokenizer`` / ``ner``
    stanza's trainers, bounded by ``--tok-steps`` / ``--ner-steps`` and early stopping.
``package``
    copy the best models to ``--output`` with the stub ``resources.json`` and score
    the NER on idner dev + NERGrit valid (gold tokens) and the tokenizer on GSD dev.

``idner-news-2k/test.txt`` is never read here.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from beritaner.evaluation.conll import Sentence, change_counts, read_conll

ROOT = Path(__file__).resolve().parent.parent
UD_TRAIN = ("ud-id/id_csui-ud-train.conllu", "ud-id/id_csui-ud-test.conllu", "ud-id/id_gsd-ud-test.conllu")
UD_DEV = ("ud-id/id_gsd-ud-dev.conllu",)
SHORTHAND = "id_beritaner"
TOKENIZER_FILE = "id_beritaner_tokenizer.pt"
NER_FILE = "id_beritaner_nertagger.pt"

OPENERS = "([{\"'“‘«"
CLOSERS = ")]}\"'”’»,;:"


def _spacy_train_module():
    """scripts/train.py as a module: its data lists and template sentences are reused."""
    spec = importlib.util.spec_from_file_location("beritaner_train_script", ROOT / "scripts" / "train.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ----------------------------------------------------------------------- tokenizer data
def read_ud(path: Path) -> list[tuple[list[str], list[bool]]]:
    """Sentences of a CoNLL-U file as (surface tokens, space-after flags); a multi-word
    token is one token, its syntactic words are skipped."""
    sentences: list[tuple[list[str], list[bool]]] = []
    tokens: list[str] = []
    spaces: list[bool] = []
    skip_until = 0
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if tokens:
                sentences.append((tokens, spaces))
            tokens, spaces, skip_until = [], [], 0
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        ident = cols[0]
        if "." in ident:
            continue  # empty node
        if "-" in ident:
            first, last = (int(x) for x in ident.split("-"))
            skip_until = last
        elif int(ident) <= skip_until:
            continue
        tokens.append(cols[1])
        spaces.append("SpaceAfter=No" not in cols[9])
    if tokens:
        sentences.append((tokens, spaces))
    return sentences


def write_tokenizer_data(sentences: list[tuple[list[str], list[bool]]], txt: Path, conllu: Path, seed: int) -> None:
    """Plain text (paragraphs of 1-4 sentences, blank line between) and a flat CoNLL-U
    of the same tokens, as stanza's prepare_tokenizer_data expects."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    current: list[str] = []
    target = rng.randint(1, 4)
    with open(conllu, "w", encoding="utf-8") as out:
        for tokens, spaces in sentences:
            text = "".join(t + (" " if sp else "") for t, sp in zip(tokens, spaces)).strip()
            current.append(text)
            for i, (tok, sp) in enumerate(zip(tokens, spaces), 1):
                misc = "_" if sp else "SpaceAfter=No"
                out.write(f"{i}\t{tok}\t_\t_\t_\t_\t{i - 1}\t{'root' if i == 1 else 'dep'}\t_\t{misc}\n")
            out.write("\n")
            if len(current) >= target:
                paragraphs.append(" ".join(current))
                current, target = [], rng.randint(1, 4)
    if current:
        paragraphs.append(" ".join(current))
    txt.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def prepare_tokenizer(data: Path, work: Path, seed: int) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    counts = {}
    for split, files in (("train", UD_TRAIN), ("dev", UD_DEV)):
        sentences = [s for rel in files for s in read_ud(data / rel)]
        write_tokenizer_data(sentences, work / f"{split}.txt", work / f"{split}.conllu", seed)
        # stanza's converter: character labels + MWT table (empty: MWTs are kept whole)
        subprocess.run(
            [sys.executable, "-m", "stanza.utils.datasets.prepare_tokenizer_data",
             str(work / f"{split}.txt"), str(work / f"{split}.conllu"),
             "-o", f"./{split}.toklabels", "-m", f"./{split}-mwt.json"],
            cwd=work, check=True,
        )  # fmt: skip
        counts[split] = {"sentences": len(sentences), "tokens": sum(len(t) for t, _ in sentences)}
    return counts


# ----------------------------------------------------------------------------- NER data
def split_brackets(sent: Sentence) -> Sentence:
    """Split brackets and quotes off words as the tokenizer does: ``(KKPN)`` ->
    ``( KKPN )``. A split-off piece inside an entity keeps the entity's tag
    (``Partai Persatuan Pembangunan ( PPP )`` stays one ORG); an entity that starts or
    ends with a bracket leaves it outside."""
    words: list[str] = []
    tags: list[str] = []
    n = len(sent.words)
    for i, (word, tag) in enumerate(zip(sent.words, sent.tags)):
        lead = 0
        while lead < len(word) - 1 and word[lead] in OPENERS:
            lead += 1
        trail = len(word)
        while trail - 1 > lead and word[trail - 1] in CLOSERS:
            trail -= 1
        core = word[lead:trail]
        if (lead == 0 and trail == len(word)) or not any(ch.isalnum() for ch in core):
            words.append(word)
            tags.append(tag)
            continue
        label = tag[2:] if tag != "O" else None
        continues = i + 1 < n and label is not None and sent.tags[i + 1] == "I-" + label
        # ``Partai ... (PPP)``: a bracketed word that continues a span closes inside it
        continues = continues or (tag.startswith("I-") and lead > 0)
        for ch in word[:lead]:
            words.append(ch)
            tags.append("I-" + label if tag.startswith("I-") else "O")
        words.append(core)
        tags.append(tag)
        for ch in word[trail:]:
            words.append(ch)
            tags.append("I-" + label if continues else "O")
    return Sentence(words, tags, sent.source, sent.changes)


def case_variants(sentences: list[Sentence], seed: int, lower: float = 0.10, title: float = 0.05) -> list[Sentence]:
    """Extra copies: some sentences lowercased (sloppy sites), some headline-cased."""
    rng = random.Random(seed)
    out = []
    for sent in sentences:
        r = rng.random()
        if r < lower:
            out.append(Sentence([w.lower() for w in sent.words], list(sent.tags), sent.source + ":lower"))
        elif r < lower + title:
            words = [w[:1].upper() + w[1:] for w in sent.words]
            out.append(Sentence(words, list(sent.tags), sent.source + ":title"))
    return out


def write_ner_json(sentences: list[Sentence], path: Path) -> None:
    doc = [[{"text": w, "ner": t} for w, t in zip(s.words, s.tags)] for s in sentences]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def prepare_ner(data: Path, work: Path, augment: int, variants: bool, seed: int) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    trainer = _spacy_train_module()
    train: list[Sentence] = []
    for rel in trainer.TRAIN_FILES:
        train += read_conll(data / rel)
    if augment:
        regions = trainer.load_regions(data / "wilayah" / "wilayah.sql")
        train += trainer.template_sentences(augment, regions, seed=seed)
    dev: list[Sentence] = []
    for rel in trainer.DEV_FILES:
        dev += read_conll(data / rel)
    corrections = dict(change_counts(train + dev))
    train = [split_brackets(s) for s in train]
    dev = [split_brackets(s) for s in dev]
    if variants:
        train += case_variants(train, seed)
    write_ner_json(train, work / "train.json")
    write_ner_json(dev, work / "dev.json")
    info = {
        "train_files": list(trainer.TRAIN_FILES) + ([f"{augment} template sentences"] if augment else []),
        "dev_files": list(trainer.DEV_FILES),
        "train": {"sentences": len(train), "words": sum(len(s.words) for s in train)},
        "dev": {"sentences": len(dev), "words": sum(len(s.words) for s in dev)},
        "corrections": corrections,
        "case_variants": variants,
    }
    (work / "data.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
    return info


# ----------------------------------------------------------------------------- training
def _env(threads: int) -> dict:
    env = dict(os.environ)
    for key in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        env[key] = str(threads)
    return env


def run_logged(cmd: list[str], log: Path, cwd: Path, threads: int, nice: int, time_limit: float = 0) -> float:
    """Run ``cmd`` (under ``nice``), output to ``log``; returns wall-clock seconds.

    With ``time_limit`` (seconds) the trainer is stopped when it runs longer: stanza
    saves the model whenever the dev score improves, so the best model so far stays.
    """
    full = (["nice", "-n", str(nice)] if nice else []) + cmd
    print("$", " ".join(full), f"> {log}", flush=True)
    t0 = time.time()
    with open(log, "w", encoding="utf-8") as fh:
        proc = subprocess.Popen(full, cwd=cwd, env=_env(threads), stdout=fh, stderr=subprocess.STDOUT)
        try:
            code = proc.wait(timeout=time_limit or None)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            fh.write(f"\n[train_stanza] stopped at the time limit of {time_limit:.0f} s\n")
            print(f"stopped at the time limit of {time_limit:.0f} s", flush=True)
            code = 0
    if code != 0:
        raise subprocess.CalledProcessError(code, full)
    return time.time() - t0


def train_tokenizer(work: Path, steps: int, threads: int, nice: int, seed: int, time_limit: float = 0) -> float:
    cmd = [
        sys.executable, "-m", "stanza.models.tokenizer", "--mode", "train", "--lang", "id",
        "--shorthand", SHORTHAND, "--cpu", "--seed", str(seed),
        "--txt_file", "train.txt", "--label_file", "train.toklabels", "--mwt_json_file", "train-mwt.json",
        "--dev_txt_file", "dev.txt", "--dev_label_file", "dev.toklabels", "--dev_conll_gold", "dev.conllu",
        "--conll_file", "dev.pred.conllu", "--steps", str(steps), "--eval_steps", "200",
        "--max_steps_before_stop", "1500", "--save_dir", "saved", "--save_name", TOKENIZER_FILE,
    ]  # fmt: skip
    return run_logged(cmd, work / "train.log", work, threads, nice, time_limit)


def train_ner(work: Path, steps: int, threads: int, nice: int, seed: int, extra: list[str],
              time_limit: float = 0) -> float:
    cmd = [
        sys.executable, "-m", "stanza.models.ner_tagger", "--mode", "train",
        "--train_file", "train.json", "--eval_file", "dev.json", "--shorthand", SHORTHAND,
        "--no_pretrain", "--cpu", "--seed", str(seed), "--max_steps", str(steps),
        "--eval_interval", "250", "--max_steps_no_improve", "1500",
        "--save_dir", "saved", "--save_name", NER_FILE,
    ] + extra  # fmt: skip
    return run_logged(cmd, work / "train.log", work, threads, nice, time_limit)


# ---------------------------------------------------------------------------- packaging
def package(work: Path, output: Path, ner_run: str) -> dict:
    output.mkdir(parents=True, exist_ok=True)
    shutil.copy2(work / "tokenizer" / "saved" / TOKENIZER_FILE, output / TOKENIZER_FILE)
    shutil.copy2(work / ner_run / "saved" / NER_FILE, output / NER_FILE)
    (output / "resources.json").write_text("{}\n", encoding="utf-8")
    return {p.name: p.stat().st_size for p in sorted(output.iterdir()) if p.is_file()}


def score(output: Path, data: Path) -> dict:
    """NER F1 on idner dev + NERGrit valid (gold tokens, :func:`evaluate_conll` through
    the backend's pretokenized NER) and on the gold articles in seeds/ + devset/ (raw
    text through the stanza tokenizer; exact PERSON/PLACE/ORG spans, scored as
    ``scripts/train.py`` scores the spaCy model)."""
    from beritaner.backends.stanza import evaluate_gold_tokens, stanza_language
    from beritaner.evaluation.conll import format_scores

    trainer = _spacy_train_module()
    scores = {}
    for rel in trainer.DEV_FILES:
        scores[rel] = evaluate_gold_tokens(data / rel, model_dir=output)
        print(format_scores(scores[rel], title=rel))
    articles = trainer.score_articles(stanza_language(output), [ROOT / "seeds", ROOT / "devset"])
    scores["articles"] = articles
    print(format_scores(articles, title=f"modern news: {articles['articles']} gold articles (seeds/, devset/)"))
    return scores


def record_time(path: Path, name: str, seconds: float) -> dict:
    """Add one trainer's wall-clock seconds to ``path`` (read anew: runs may be parallel)."""
    times = json.loads(path.read_text()) if path.exists() else {}
    times[name] = round(seconds)
    path.write_text(json.dumps(times, indent=2))
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--workdir", type=Path, default=ROOT / "training" / "stanza")
    ap.add_argument("--output", type=Path, default=None, help="write the shipped models here")
    ap.add_argument("--stage", choices=("prepare", "tokenizer", "ner", "package", "all"), default="all")
    ap.add_argument("--ner-run", default="ner", help="NER run name (subfolder of --workdir)")
    ap.add_argument("--augment", type=int, default=0, help="template sentences from scripts/train.py")
    ap.add_argument("--case-variants", action="store_true")
    ap.add_argument("--tok-steps", type=int, default=3000)
    ap.add_argument("--ner-steps", type=int, default=4000)
    ap.add_argument("--ner-arg", action="append", default=[], help="extra ner_tagger argument (repeatable)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--time-limit", type=float, default=0, help="stop a trainer after this many seconds")
    ap.add_argument("--nice", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1234)
    args = ap.parse_args(argv)

    data = args.data.resolve()
    work = args.workdir.resolve()
    tok_dir, ner_dir = work / "tokenizer", work / args.ner_run
    times_file = work / "times.json"
    work.mkdir(parents=True, exist_ok=True)
    times = json.loads(times_file.read_text()) if times_file.exists() else {}
    if args.stage in ("prepare", "all"):
        print("tokenizer data:", prepare_tokenizer(data, tok_dir, args.seed))
        info = prepare_ner(data, ner_dir, args.augment, args.case_variants, args.seed)
        print("NER data:", json.dumps(info))
    if args.stage in ("tokenizer", "all"):
        seconds = train_tokenizer(tok_dir, args.tok_steps, args.threads, args.nice, args.seed, args.time_limit)
        times = record_time(times_file, "tokenizer", seconds)
    if args.stage in ("ner", "all"):
        extra = [a if a.startswith("--") else "--" + a for a in args.ner_arg]
        extra = [piece for a in extra for piece in a.split("=", 1)]
        seconds = train_ner(ner_dir, args.ner_steps, args.threads, args.nice, args.seed, extra, args.time_limit)
        times = record_time(times_file, args.ner_run, seconds)
    if args.stage in ("package", "all") and args.output:
        sizes = package(work, args.output, args.ner_run)
        print("wrote", args.output, json.dumps(sizes), f"{sum(sizes.values()) / 1e6:.1f} MB")
        result = score(args.output, data)
        (work / f"scores_{args.ner_run}.json").write_text(json.dumps(result, indent=2))
    print("times (s):", json.dumps(times))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
