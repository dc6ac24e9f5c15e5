"""Train beritaner's statistical NER (PERSON, PLACE, ORG) and write models/beritaner-ner.

    .venv/bin/python scripts/train.py --data ../shared/data --output models/beritaner-ner

Steps (each reproducible from the public data in ``--data``):

1. read idner-news-2k train and NERGrit train (and, with ``--nerp``, NERP train) with
   :mod:`beritaner.evaluation.conll` (label mapping + ANNOTATION.md corrections);
2. optionally add template sentences (``--augment N``), recase NERP, and add real-news
   gold articles (``--gold realdev``, OFFICE/DATE spans missing, ``--hold-out`` ids and
   near copies of ``--never-near`` articles kept out);
3. write spaCy DocBins to ``--workdir/NAME/``;
4. optionally train floret subword vectors on nlp-id-postag + the training text
   (``--vectors floret``);
5. ``spacy train configs/ner.cfg`` with our tokenizer (``beritaner.NewsTokenizer.v1``);
6. score model-best on idner dev and NERGrit valid (never on idner test);
7. with ``--output``, copy model-best there (tok2vec + ner only) and drop the rest.

idner-news-2k/test.txt is never read here.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import spacy
from spacy.tokens import DocBin

import beritaner.tokenizer  # noqa: F401  (registers beritaner.NewsTokenizer.v1)
from beritaner.evaluation.conll import Sentence, change_counts, evaluate_conll, format_scores, read_conll, spans_of, tags_of

ROOT = Path(__file__).resolve().parent.parent
TRAIN_FILES = ("idner-news-2k/train.txt", "nergrit/train.txt")
DEV_FILES = ("idner-news-2k/dev.txt", "nergrit/valid.txt")
NERP_TRAIN = "nerp/train.txt"
POSTAG = "nlp-id-postag/dataset_postag.txt"
KEEP_COMPONENTS = ("tok2vec", "ner")


# ------------------------------------------------------------------ text & augmenter
NO_SPACE_BEFORE = frozenset({",", ".", ")", ":", ";", "?", "!", "%"})
NO_SPACE_AFTER = frozenset({"("})


def spaces_for(words: list[str]) -> list[bool]:
    """Written-text spacing for gold words: ``Daerah (BPBD), kata`` not ``Daerah ( BPBD ) ,``."""
    spaces = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        spaces.append(nxt is not None and word not in NO_SPACE_AFTER and nxt not in NO_SPACE_BEFORE)
    return spaces


@spacy.registry.augmenters("beritaner.news_augmenter.v1")
def create_news_augmenter(lower_level: float, title_level: float, newline_level: float, seed: int = 0):
    """Yield each training example, plus sometimes a variant of it as scraped news looks.

    * lower (``lower_level``): the whole sentence lowercased (comments, sloppy sites);
    * title (``title_level``): every word capitalised, as in headlines
      (``Kejati Sumut Tetapkan Dua Tersangka``);
    * newline (``newline_level``): one or two line breaks between words outside
      entities, so that an entity never runs across a line break
      (``Hendra Saputra`` / ``Copyright``).
    Entity spans are kept on the same words.
    """
    from spacy.tokens import Doc
    from spacy.training import Example

    rng = random.Random(seed)

    def rebuild(nlp, words, spaces, tags):
        ref = Doc(nlp.vocab, words=words, spaces=spaces, ents=tags)
        return Example(nlp.make_doc(ref.text), ref)

    def augment(nlp, example):
        yield example
        ref = example.reference
        words = [t.text for t in ref]
        spaces = [bool(t.whitespace_) for t in ref]
        tags = [t.ent_iob_ + "-" + t.ent_type_ if t.ent_iob_ in ("B", "I") else t.ent_iob_ for t in ref]
        roll = rng.random()
        if roll < lower_level:
            yield rebuild(nlp, [w.lower() for w in words], spaces, tags)
        elif roll < lower_level + title_level:
            yield rebuild(nlp, [w[:1].upper() + w[1:] for w in words], spaces, tags)
        elif roll < lower_level + title_level + newline_level and len(words) > 3:
            cuts = [i for i in range(1, len(words)) if not tags[i].startswith("I-")]
            chosen = set(rng.sample(cuts, min(len(cuts), rng.choice((1, 2)))))
            new_words, new_spaces, new_tags = [], [], []
            for i, (w, sp, tag) in enumerate(zip(words, spaces, tags)):
                if i in chosen:
                    new_spaces[-1] = False
                    new_words.append("\n")
                    new_spaces.append(False)
                    new_tags.append("O")
                new_words.append(w)
                new_spaces.append(sp)
                new_tags.append(tag)
            yield rebuild(nlp, new_words, new_spaces, new_tags)

    return augment


# --------------------------------------------------------------------------- NERP
def cased_lexicon(paths: list[Path]) -> dict[str, str]:
    """Lowercase word -> its most frequent written form, not counting sentence starts."""
    forms: dict[str, Counter] = defaultdict(Counter)
    for path in paths:
        first = True
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\r\n")
                if not line.strip():
                    first = True
                    continue
                word = line.split("\t")[0] if "\t" in line else line.split(" ")[0]
                if not first:
                    forms[word.lower()][word] += 1
                first = False
    return {low: c.most_common(1)[0][0] for low, c in forms.items()}


def recase(sent: Sentence, lexicon: dict[str, str]) -> Sentence:
    """Heuristic truecasing of a lowercased sentence.

    A word takes its most frequent form in cased news (``kpk`` -> ``KPK``,
    ``jakarta`` -> ``Jakarta``, ``yang`` -> ``yang``); an unknown word inside an
    entity is capitalised (names are written so), elsewhere left as it is; the first
    word of the sentence is capitalised.

    NERP leaves government bodies, parties and most organisations untagged (its IND
    is mostly companies: ``kpk``, ``dpr``, ``golkar`` are O), so an untagged word whose
    cased form is capitalised is marked *missing* (``""``: neither entity nor O) rather
    than O: the model learns PERSON and PLACE from NERP without learning that ``KPK``
    is not an organisation.
    """
    inside = [tag != "O" for tag in sent.tags]
    words = []
    tags = list(sent.tags)
    for i, word in enumerate(sent.words):
        form = lexicon.get(word.lower())
        if form is None:
            form = word[:1].upper() + word[1:] if inside[i] and word[:1].isalpha() else word
        if tags[i] == "O" and form[:1].isupper():
            tags[i] = ""
        if i == 0:
            form = form[:1].upper() + form[1:]
        words.append(form)
    return Sentence(words, tags, sent.source + ":recased", sent.changes)


# ------------------------------------------------------------ template augmentation
FIRST_NAMES = (
    "Andra", "Dedi", "Rudy", "Bobby", "Ahmad", "Muhammad", "Siti", "Nur", "Rina", "Yuni",
    "Agus", "Bambang", "Hendra", "Irwan", "Yusuf", "Fitri", "Dewi", "Sri", "Eko", "Joko",
    "Rahmat", "Arief", "Taufik", "Iwan", "Herman", "Sutrisno", "Wahyu", "Lukman", "Asep",
    "Ujang", "Dadang", "Nining", "Ratna", "Putu", "Made", "Ketut", "Nyoman", "Teuku", "Cut",
    "Andi", "La", "Abdul", "Harda", "Pramono", "Khofifah", "Sherly", "Mirza", "Helmi",
    "Melki", "Iqbal", "Ridwan", "Aep", "Lalu", "Gede", "Yohanes", "Maria", "Fransiskus",
    "Benny", "Hasan", "Syahrul", "Zulkifli", "Faisal", "Danny", "Eri", "Armuji", "Robinsar",
)
LAST_NAMES = (
    "Soni", "Mulyadi", "Nasution", "Wahid", "Kiswaya", "Anung", "Parawansa", "Tjoanda",
    "Hidayat", "Santoso", "Saputra", "Siregar", "Harahap", "Lubis", "Simanjuntak",
    "Pratama", "Setiawan", "Wibowo", "Kurniawan", "Rahman", "Hakim", "Purnomo", "Sulaiman",
    "Gunawan", "Hutapea", "Sinaga", "Manurung", "Tanjung", "Wijaya", "Laia", "Pattiasina",
    "Lamba", "Mokoginta", "Daeng", "Ginting", "Tarigan", "Sembiring", "Rangkuti",
    "Fadillah", "Ramadhan", "Kusuma", "Sutanto", "Firmansyah", "Hasibuan", "Pohan",
)
# Prefixes before a name that are not part of the PERSON span (ANNOTATION.md).
OFFICES_BEFORE = (
    "Bupati {kab}", "Wakil Bupati {kab}", "Wali Kota {kota}", "Gubernur {prov}",
    "Wakil Gubernur {prov}", "Kapolres {kab}", "Ketua DPRD {kab}", "Pj Bupati {kab}",
    "Plt. Wali Kota {kota}", "Sekretaris Daerah {prov}", "Kapolda {prov}",
    "Kepala Dinas Kesehatan {kab}", "Menteri Dalam Negeri", "Presiden", "Kasat Reskrim",
)
RANKS_BEFORE = ("AKBP", "Kombes Pol", "Brigjen TNI", "Iptu", "AKP", "Kolonel Inf", "Pak", "Bu", "Kang")
HONORIFICS_IN = ("H.", "Hj.", "Dr.", "Ir.", "KH.", "Prof.")
ORG_PATTERNS = (
    "Polres {kab}", "Polresta {kota}", "Polda {prov}", "Pemkab {kab}", "Pemkot {kota}",
    "Pemprov {prov}", "Pemerintah Kabupaten {kab}", "Pemerintah Kota {kota}",
    "Pemerintah Provinsi {prov}", "DPRD {kab}", "DPRD Provinsi {prov}",
    "Kejaksaan Negeri {kab}", "Pengadilan Negeri {kota}", "Dinas Pendidikan {kab}",
    "BPBD {kab}", "Bawaslu {kab}", "KPU {kota}", "Universitas {prov}", "Kodim {kab}",
    "Bank Indonesia", "KPK", "Kementerian Dalam Negeri", "BMKG", "Basarnas", "PLN",
    "Partai Gerindra", "PDI Perjuangan", "Partai Golkar", "Pertamina", "PT KAI",
)
PLACE_PATTERNS = (
    "Kota {kota}", "Kabupaten {kab}", "Provinsi {prov}", "{prov}", "{kota}",
    "Kecamatan {kec}", "Desa {desa}", "Kelurahan {desa}", "Jalan Raya {kota}",
)
CREDITS = (
    "ANTARA", "detikSulsel", "detikJateng", "detikJatim", "detikSumut", "KOMPAS.com",
    "Tribunnews.com", "TRIBUNBATAM.id", "Kompas.id", "Antaranews", "Tempo", "suaramerdeka.com",
)
ALIASED_ORGS = (
    ("Badan Penanggulangan Bencana Daerah", "BPBD"), ("Dinas Kesehatan", "Dinkes"),
    ("Kejaksaan Negeri", "Kejari"), ("Kejaksaan Tinggi", "Kejati"),
    ("Badan Meteorologi , Klimatologi , dan Geofisika", "BMKG"), ("Badan Pusat Statistik", "BPS"),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "PUPR"), ("Badan Pemeriksa Keuangan", "BPK"),
    ("Komisi Pemberantasan Korupsi", "KPK"), ("Dinas Pendidikan", "Disdik"),
    ("Kementerian Dalam Negeri", "Kemendagri"), ("Badan Narkotika Nasional", "BNN"),
    ("Satuan Polisi Pamong Praja", "Satpol PP"), ("Rumah Sakit Umum Daerah", "RSUD"),
)
ALIASED_PROVINCES = (
    ("Sulawesi Selatan", "Sulsel"), ("Sumatera Utara", "Sumut"), ("Sumatera Barat", "Sumbar"),
    ("Jawa Barat", "Jabar"), ("Jawa Tengah", "Jateng"), ("Jawa Timur", "Jatim"),
    ("Kalimantan Timur", "Kaltim"), ("Kalimantan Barat", "Kalbar"), ("Sulawesi Tenggara", "Sultra"),
    ("Sulawesi Tengah", "Sulteng"), ("Nusa Tenggara Timur", "NTT"), ("Kepulauan Riau", "Kepri"),
)
SENTENCES = (
    "{place} ( {credit} ) - {org} mencatat 45 kasus baru di {place2} sepanjang pekan ini .",
    "Polisi menangkap tersangka berinisial {initials} ( 34 ) di {place} .",
    "Kasat Reskrim Polres {kab} AKP {person} mengatakan pelaku {initials} ditangkap di rumahnya .",
    "{alias_org} mencatat ratusan warga terdampak banjir di {alias_place} .",
    "Laporan wartawan {credit} , {person}",
    "Baca juga : {org} Tetapkan Dua Tersangka Baru Korupsi Dana Desa",
    "Sementara itu , {person} dari {alias_org} menyebut situasi di {place} sudah kondusif .",

    "{office} {person} mengatakan pihaknya akan menindaklanjuti laporan warga di {place} .",
    "{rank} {person} , {office} , menyebut kasus itu masih didalami {org} .",
    "Hal itu disampaikan {office} {person} saat meninjau lokasi banjir di {place} , Senin ( 3/3/2025 ) .",
    "{org} menetapkan {person} sebagai tersangka dalam kasus korupsi dana desa di {place} .",
    "Menurut {person} , {org} telah menyalurkan bantuan kepada korban di {place} .",
    "\" Kami terus berkoordinasi dengan {org} , \" kata {person} di {place} , Kamis .",
    "Sebanyak 120 rumah warga di {place} terendam banjir , ujar {rank} {person} .",
    "{person} resmi dilantik sebagai {office} oleh Gubernur {prov} di {place} .",
    "Warga {place} mendatangi kantor {org} untuk menuntut perbaikan jalan .",
    "Kepala Pelaksana {org} , {person} , mengimbau warga {place} tetap waspada .",
    "Kunjungan {office} {person} ke {place} disambut ratusan warga .",
    "{org} bersama {org2} menggelar operasi pasar murah di {place} .",
)


def load_regions(path: Path) -> dict[str, list[str]]:
    """Names by level from the Kemendagri dump (``('36.73','Kota Serang')`` rows)."""
    import re

    levels: dict[str, list[str]] = {"prov": [], "kab": [], "kota": [], "kec": [], "desa": []}
    row = re.compile(r"\('([\d.]+)','([^']+)'\)")
    text = path.read_text(encoding="utf-8", errors="replace")
    for code, name in row.findall(text):
        depth = code.count(".")
        name = " ".join(name.split())
        if depth == 0:
            levels["prov"].append(name.title() if name.isupper() else name)
        elif depth == 1:
            if name.startswith("Kota "):
                levels["kota"].append(name[5:])
            elif name.startswith("Kab. ") or name.startswith("Kabupaten "):
                levels["kab"].append(name.split(" ", 1)[1])
        elif depth == 2:
            levels["kec"].append(name)
        else:
            levels["desa"].append(name)
    return levels


def _person(rng: random.Random) -> str:
    name = rng.choice(FIRST_NAMES)
    if rng.random() < 0.8:
        name += " " + rng.choice(LAST_NAMES)
    if rng.random() < 0.15:
        name = rng.choice(HONORIFICS_IN) + " " + name
    return name


def template_sentences(n: int, regions: dict[str, list[str]], seed: int = 0) -> list[Sentence]:
    """``n`` modern-news sentences with PERSON/PLACE/ORG spans placed by construction."""
    rng = random.Random(seed)
    out: list[Sentence] = []
    for _ in range(n):
        fill = {k: rng.choice(v) for k, v in regions.items() if v}
        parts = {
            "person": (_person(rng), "PERSON"),
            "office": (rng.choice(OFFICES_BEFORE).format(**fill), None),
            "rank": (rng.choice(RANKS_BEFORE), None),
            "org": (rng.choice(ORG_PATTERNS).format(**fill), "ORG"),
            "org2": (rng.choice(ORG_PATTERNS).format(**{k: rng.choice(v) for k, v in regions.items()}), "ORG"),
            "place": (rng.choice(PLACE_PATTERNS).format(**fill), "PLACE"),
        }
        long_org, short_org = rng.choice(ALIASED_ORGS)
        long_place, short_place = rng.choice(ALIASED_PROVINCES)
        parts["credit"] = (rng.choice(CREDITS), "ORG")
        parts["place2"] = (rng.choice(PLACE_PATTERNS).format(**fill), "PLACE")
        parts["initials"] = ("".join(rng.choice("ABDEFHIJKMNRSTWY") for _ in range(rng.choice((2, 2, 3)))), "PERSON")
        alias_org = f"{long_org} ( {short_org} )" if rng.random() < 0.6 else short_org
        if rng.random() < 0.7:
            alias_org += " " + rng.choice((fill["kab"], "Kabupaten " + fill["kab"], "Kota " + fill["kota"], fill["prov"]))
        parts["alias_org"] = (alias_org, "ORG")
        parts["alias_place"] = (f"{long_place} ( {short_place} )" if rng.random() < 0.5 else short_place, "PLACE")
        template = rng.choice(SENTENCES)
        words: list[str] = []
        spans: list[tuple[int, int, str]] = []
        for piece in template.split():
            if piece.startswith("{") and piece.endswith("}") and piece[1:-1] in parts:
                text, label = parts[piece[1:-1]]
                toks = text.split()
                if label:
                    spans.append((len(words), len(words) + len(toks), label))
                words.extend(toks)
            else:
                words.extend(piece.format(**fill).split())
        out.append(Sentence(words, tags_of(len(words), spans), "template"))
    return out


# ----------------------------------------------------------------------- vectors
def train_floret(text_files: list[Path], sentences: list[Sentence], out_dir: Path, dim: int, rows: int) -> Path:
    """floret (subword-hashed) vectors for spaCy: one line of text per sentence."""
    import floret

    out_dir.mkdir(parents=True, exist_ok=True)
    corpus = out_dir / "floret_corpus.txt"
    with open(corpus, "w", encoding="utf-8") as out:
        for path in text_files:
            words: list[str] = []
            for line in open(path, encoding="utf-8"):
                line = line.rstrip("\r\n")
                if not line.strip():
                    if words:
                        out.write(" ".join(words) + "\n")
                    words = []
                    continue
                words.append(line.split("\t")[0])
            if words:
                out.write(" ".join(words) + "\n")
        for sent in sentences:
            out.write(" ".join(sent.words) + "\n")
    model = floret.train_unsupervised(
        str(corpus), model="cbow", mode="floret", hashCount=2, bucket=rows, minn=3, maxn=5,
        dim=dim, epoch=5, minCount=2, thread=2, verbose=0,
    )  # fmt: skip
    vec_file = out_dir / "vectors.floret"
    model.save_floret_vectors(str(vec_file))
    spacy_vectors = out_dir / "vectors_spacy"
    subprocess.run(
        [sys.executable, "-m", "spacy", "init", "vectors", "id", str(vec_file), str(spacy_vectors), "--mode", "floret"],
        check=True,
    )
    return spacy_vectors


# ------------------------------------------------------------- modern news check
def score_articles(nlp, folders: list[Path], labels=("PERSON", "PLACE", "ORG")) -> dict:
    """Exact-span P/R/F1 of the model's PERSON/PLACE/ORG on gold articles (NAME.txt+json).

    The model has no OFFICE or DATE label, so a predicted span lying inside a gold
    OFFICE or DATE span is not counted (the resolver drops it in the full pipeline).
    """
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    n_docs = 0
    for folder in folders:
        for gold_file in sorted(folder.glob("*.json")):
            text_file = gold_file.with_suffix(".txt")
            if not text_file.exists():
                continue
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            text = text_file.read_text(encoding="utf-8")
            n_docs += 1
            spans = {(e["start"], e["end"], e["label"]) for e in gold["entities"] if e["label"] in labels}
            shadow = [(e["start"], e["end"]) for e in gold["entities"] if e["label"] in ("OFFICE", "DATE")]
            pred = set()
            for ent in nlp(text).ents:
                s, e = ent.start_char, ent.end_char
                if any(a <= s and e <= b for a, b in shadow):
                    continue
                pred.add((s, e, ent.label_))
            for item in pred:
                (tp if item in spans else fp)[item[2]] += 1
            for item in spans - pred:
                fn[item[2]] += 1

    def prf(t: int, p: int, n: int) -> dict:
        precision = t / (t + p) if t + p else 0.0
        recall = t / (t + n) if t + n else 0.0
        f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"p": precision, "r": recall, "f": f}

    result = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    result["per_type"] = {lab: prf(tp[lab], fp[lab], fn[lab]) for lab in labels}
    result["articles"] = n_docs
    return result


def score_model(best: Path, data: Path, name: str, guidelines: bool, workdir: Path, train_seconds: float,
                nerp: str = "none") -> int:
    """Score a trained pipeline on idner dev, NERGrit valid and the gold articles;
    append a line to ``workdir/experiments.tsv``."""
    model = spacy.load(best)
    scores: dict = {"name": name, "argv": sys.argv[1:], "train_seconds": round(train_seconds)}
    for rel in DEV_FILES:
        scores[rel] = evaluate_conll(model, data / rel, guidelines=guidelines, verbose=True)
    articles = score_articles(model, [ROOT / "seeds", ROOT / "devset"])
    scores["articles"] = articles
    print(format_scores(articles, title=f"modern news: {articles['articles']} gold articles (seeds/, devset/)"))
    scores["size_bytes"] = dir_size(best)
    (best.parent.parent / "scores.json").write_text(json.dumps(scores, indent=2), encoding="utf-8")
    line = "\t".join(
        str(x)
        for x in (
            name,
            f"{scores[DEV_FILES[0]]['f']:.4f}",
            f"{scores[DEV_FILES[1]]['f']:.4f}",
            f"{articles['f']:.4f}",
            round(train_seconds),
            scores["size_bytes"],
            " ".join(sys.argv[1:]),
        )
    )
    with open(workdir / "experiments.tsv", "a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    print("RESULT", line)
    return 0


# --------------------------------------------------------------------- packaging
def shipped_meta(args: argparse.Namespace, work: Path) -> dict:
    """meta.json fields of the shipped model: name, sources and licences, scores."""
    sources = [
        {"name": "idner-news-2k", "url": "https://github.com/khairunnisaor/idner-news-2k", "license": "MIT"},
        {"name": "NERGrit (IndoNLU)", "url": "https://github.com/indobenchmark/indonlu", "license": "MIT"},
    ]
    if args.nerp != "none":
        sources.append({"name": "NERP (IndoNLU)", "url": "https://github.com/indobenchmark/indonlu", "license": "MIT"})
    if args.vectors != "none" or args.nerp == "recased":
        sources.append({"name": "nlp-id POS corpus (kumparan)", "url": "https://pypi.org/project/nlp-id/",
                        "license": "MIT"})  # fmt: skip
    if args.augment:
        sources.append({"name": "Kemendagri regions (cahyadsn/wilayah)", "url": "https://github.com/cahyadsn/wilayah",
                        "license": "MIT"})  # fmt: skip
    if args.silver:
        sources.append({"name": "silver labels of beritaner's pipeline on realnews (outside realdev/realtest) "
                                "and the nlp-id POS corpus", "url": str(args.silver), "license": "see ../shared/data"})
    scores_file = work / "scores.json"
    return {
        "name": "beritaner_ner",
        "version": "0.1.0",
        "description": "beritaner statistical NER for Indonesian news: PERSON, PLACE, ORG",
        "license": "MIT",
        "sources": sources,
        "beritaner_training": json.loads(scores_file.read_text(encoding="utf-8")) if scores_file.exists() else {},
    }



def package(model_dir: Path, output: Path, meta_extra: dict) -> None:
    """Copy a trained pipeline to ``output`` with only tok2vec + ner; keep README.md."""
    nlp = spacy.load(model_dir)
    for name in list(nlp.pipe_names):
        if name not in KEEP_COMPONENTS:
            nlp.remove_pipe(name)
    nlp.meta.update(meta_extra)
    output.mkdir(parents=True, exist_ok=True)
    for child in output.iterdir():
        if child.name == "README.md":
            continue
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    nlp.to_disk(output)


def silver_docs(path: Path, data: Path) -> list:
    """The silver-labelled texts of ``path`` (scripts/silver.py) as Docs made by the news
    tokenizer, each entity on its tokens; a record whose text changed is left out."""
    from beritaner.pipeline import blank
    from silver import texts_of

    nlp = blank()
    cache: dict = {}
    docs, skipped, entities = [], 0, 0
    with open(path, encoding="utf-8") as fh:
        for record in map(json.loads, fh):
            text = texts_of(record, data, cache)
            if text is None or any(text[s:e] != surface for s, e, _, surface in record["entities"]):
                skipped += 1
                continue
            doc = nlp.make_doc(text)
            spans = [doc.char_span(s, e, label=label, alignment_mode="contract") for s, e, label, _ in record["entities"]]
            doc.ents = spacy.util.filter_spans([sp for sp in spans if sp is not None and len(sp)])
            entities += len(doc.ents)
            docs.append(doc)
    print(f"silver: {len(docs)} texts, {entities} entities from {path} ({skipped} left out: text changed)")
    return docs


#: Gold labels the model learns; OFFICE and DATE spans are left *missing* (neither entity
#: nor O), so the model is neither taught to tag nor to avoid the names inside them.
GOLD_LABELS = ("PERSON", "PLACE", "ORG")
#: A training chunk ends at the first sentence end after this many tokens (and at every
#: line break), never inside an entity: whole articles would be single huge batches.
CHUNK_TOKENS = 48
SHINGLE = 8


def shingles(text: str, n: int = SHINGLE) -> set[tuple[str, ...]]:
    """The article's n-word sequences (lowercased), to find copies of one story."""
    words = text.lower().split()
    return {tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1))}


def near_copies(texts: dict[str, str], others: dict[str, str], share: float = 0.2) -> dict[str, str]:
    """id in ``texts`` -> id in ``others`` for each text that shares at least ``share`` of
    its shingles with another article: a realdev copy of a realtest story stays out of
    training, or the test would measure memory."""
    other_sets = {oid: shingles(t) for oid, t in others.items()}
    found = {}
    for tid, text in texts.items():
        mine = shingles(text)
        for oid, theirs in other_sets.items():
            if mine and len(mine & theirs) / len(mine) >= share:
                found[tid] = oid
                break
    return found


def parse_ids(spec: str) -> set[str]:
    """``rn183-rn214,rn001`` -> the ids it names (ranges keep the prefix and width)."""
    ids: set[str] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        first, _, last = part.partition("-")
        if not last:
            ids.add(first)
            continue
        prefix = first.rstrip("0123456789")
        width = len(first) - len(prefix)
        ids.update(f"{prefix}{i:0{width}d}" for i in range(int(first[len(prefix):]), int(last[len(prefix):]) + 1))
    return ids


def gold_chunks(doc) -> list:
    """``doc`` cut into chunks of about CHUNK_TOKENS tokens at sentence ends and line
    breaks outside entities (entities and missing tokens carried along)."""
    cuts, start = [], 0
    for tok in doc:
        nxt = tok.i + 1
        if nxt >= len(doc) or doc[nxt].ent_iob_ == "I":
            continue
        line_break = "\n" in tok.text or "\n" in tok.whitespace_
        sentence_end = tok.text in (".", "?", "!") and nxt - start >= CHUNK_TOKENS
        if line_break or sentence_end or nxt - start >= 3 * CHUNK_TOKENS:
            cuts.append((start, nxt))
            start = nxt
    cuts.append((start, len(doc)))
    return [doc[a:b].as_doc() for a, b in cuts if b > a and not doc[a:b].text.isspace()]


def gold_docs(folders: list[Path], data: Path, hold_out: set[str], never_near: list[Path]) -> list:
    """The real-news gold articles of ``folders`` (texts read from ``data``) as training
    Docs made by the news tokenizer: PERSON/PLACE/ORG as entities, OFFICE and DATE
    missing, cut into chunks. Articles in ``hold_out`` and near copies of the articles in
    ``never_near`` (realtest) stay out."""
    from beritaner.evaluation.gold import gold_files
    from beritaner.pipeline import blank
    from silver import texts_of

    cache: dict = {}
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in gold_files(folders)]
    golds = [g for g in golds if g.get("source") == "realnews" and g["id"] not in hold_out]
    texts = {g["id"]: texts_of(g, data, cache) for g in golds}
    far = [json.loads(p.read_text(encoding="utf-8")) for p in gold_files(never_near)]
    copies = near_copies(texts, {g["id"]: texts_of(g, data, cache) for g in far if g.get("source") == "realnews"})
    nlp = blank()
    docs, entities, used = [], 0, 0
    for gold in golds:
        if gold["id"] in copies:
            continue
        text = texts[gold["id"]]
        doc = nlp.make_doc(text)
        ents, missing = [], []
        for ent in gold["entities"]:
            span = doc.char_span(ent["start"], ent["end"], label=ent["label"], alignment_mode="expand")
            if span is None or text[ent["start"] : ent["end"]] != ent["text"]:
                raise ValueError(f"{gold['id']}: gold entity {ent} does not match the text")
            (ents if ent["label"] in GOLD_LABELS else missing).append(span)
        ents = spacy.util.filter_spans(ents)
        kept = {t.i for sp in ents for t in sp}
        missing = spacy.util.filter_spans([sp for sp in missing if not any(t.i in kept for t in sp)])
        doc.set_ents(ents, missing=missing, default="outside")
        entities += len(ents)
        used += 1
        docs.extend(gold_chunks(doc))
    print(f"gold: {used} articles ({len(docs)} chunks, {entities} entities); held out {len(hold_out)}; "
          f"left out as copies of {never_near}: {sorted(copies.items())}")  # fmt: skip
    return docs


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


# -------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="shared data folder")
    ap.add_argument("--config", type=Path, default=ROOT / "configs" / "ner.cfg")
    ap.add_argument("--workdir", type=Path, default=ROOT / "training", help="scratch folder")
    ap.add_argument("--name", default="run", help="experiment name (subfolder of --workdir)")
    ap.add_argument("--output", type=Path, default=None, help="write the shipped model here")
    ap.add_argument("--nerp", choices=("none", "raw", "recased"), default="none", help="add NERP train")
    ap.add_argument("--augment", type=int, default=0, help="number of template sentences")
    ap.add_argument("--vectors", choices=("none", "floret"), default="none")
    ap.add_argument("--vector-dim", type=int, default=64)
    ap.add_argument("--vector-rows", type=int, default=50000)
    ap.add_argument("--no-guidelines", action="store_true", help="keep the public spans as they are")
    ap.add_argument("--silver", type=Path, default=None, metavar="JSONL",
                    help="silver labels on unlabelled news (scripts/silver.py), texts read from --data")
    ap.add_argument("--gold", type=Path, action="append", default=[], metavar="DIR",
                    help="real-news gold folder (realdev) to train on, texts read from --data")
    ap.add_argument("--gold-repeat", type=int, default=1, help="copies of each gold chunk in train")
    ap.add_argument("--hold-out", default="", metavar="IDS",
                    help="gold ids kept out of training, e.g. rn183-rn214 (to measure the model on)")
    ap.add_argument("--never-near", type=Path, action="append", default=[], metavar="DIR",
                    help="gold folder (realtest) whose near copies stay out of training")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="config override")
    ap.add_argument("--no-rescore", action="store_true", help="with --score-only --output: package only")
    ap.add_argument("--score-only", type=Path, default=None, metavar="MODEL",
                    help="only score MODEL (e.g. the model-best of a stopped run) on the dev sets")
    args = ap.parse_args(argv)

    data: Path = args.data.resolve()
    work = (args.workdir / args.name).resolve()
    work.mkdir(parents=True, exist_ok=True)
    if args.score_only:
        if not args.no_rescore:
            score_model(args.score_only, data, args.name, not args.no_guidelines, args.workdir, -1)
        if args.output:
            package(args.score_only, args.output, shipped_meta(args, work))
            print(f"wrote {args.output} ({dir_size(args.output) / 1e6:.1f} MB)")
        return 0
    started = time.time()
    guidelines = not args.no_guidelines

    train: list[Sentence] = []
    for rel in TRAIN_FILES:
        train += read_conll(data / rel, guidelines=guidelines)
    if args.nerp != "none":
        nerp = read_conll(data / NERP_TRAIN, guidelines=guidelines)
        if args.nerp == "recased":
            lexicon = cased_lexicon([data / POSTAG] + [data / rel for rel in TRAIN_FILES])
            nerp = [recase(s, lexicon) for s in nerp]
        train += nerp
    if args.augment:
        regions = load_regions(data / "wilayah" / "wilayah.sql")
        train += template_sentences(args.augment, regions, seed=args.seed)
    dev: list[Sentence] = []
    for rel in DEV_FILES:
        dev += read_conll(data / rel, guidelines=guidelines)
    print(f"train: {len(train)} sentences, {sum(len(s.words) for s in train)} words; "
          f"dev: {len(dev)} sentences; corrections: {dict(change_counts(train + dev))}")  # fmt: skip

    nlp = spacy.blank("id")
    for split, sents in (("train", train), ("dev", dev)):
        db = DocBin(store_user_data=False)
        for sent in sents:
            db.add(spacy.tokens.Doc(nlp.vocab, words=sent.words, spaces=spaces_for(sent.words), ents=sent.tags))
        if split == "train" and args.silver:
            for doc in silver_docs(args.silver, data):
                db.add(doc)
        if split == "train" and args.gold:
            for doc in gold_docs(args.gold, data, parse_ids(args.hold_out), args.never_near) * args.gold_repeat:
                db.add(doc)
        db.to_disk(work / f"{split}.spacy")
    (work / "train_sample.txt").write_text(
        "\n".join(
            " ".join(s.words) + "\t" + "; ".join(f"{' '.join(s.words[a:b])}/{lab}" for a, b, lab in spans_of(s.tags))
            for s in random.Random(0).sample(train, min(200, len(train)))
        ),
        encoding="utf-8",
    )

    overrides = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy"), "system.seed": args.seed}
    if args.vectors == "floret":
        overrides["paths.vectors"] = str(
            train_floret([data / POSTAG], train, work / "vectors", args.vector_dim, args.vector_rows)
        )
        overrides["components.tok2vec.model.embed.include_static_vectors"] = True
    for item in args.set:
        key, _, value = item.partition("=")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value

    from spacy.cli.train import train as spacy_train

    run_dir = work / "run"
    t0 = time.time()
    spacy_train(args.config, run_dir, overrides=overrides, use_gpu=-1)
    train_seconds = time.time() - t0

    best = run_dir / "model-best"
    score_model(best, data, args.name, guidelines, args.workdir, train_seconds, args.nerp)

    if args.output:
        package(best, args.output, shipped_meta(args, work))
        print(f"wrote {args.output} ({dir_size(args.output) / 1e6:.1f} MB)")
    print(f"total {time.time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
