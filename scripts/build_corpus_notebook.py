"""Writes and executes examples/corpus.ipynb (the corpus timeline): .venv/bin/python scripts/build_corpus_notebook.py"""
import json, sys
from pathlib import Path
import nbformat
from nbformat.v4 import new_notebook, new_markdown_cell, new_code_cell
from nbclient import NotebookClient
cells = [
new_markdown_cell("""# A dated register of office holders from the news

`beritaner.Corpus` over the 240 real-news articles of `../shared/data/realnews/` (read at run
time; the texts are the publishers' and are never stored here). Below: the corpus's tables, the
timeline of one office's holders and of one person's offices, and `holder_of` on a date."""),
new_code_cell("""import json
import beritaner
from beritaner.evaluation.gold import realnews_path

path = realnews_path()
path = path / "articles.jsonl" if path.is_dir() else path
rows = [json.loads(line) for line in open(path, encoding="utf-8")]
corpus = beritaner.Corpus.from_extractions(beritaner.extract_many(
    [r["text"] for r in rows], reference_dates=[r["published"] for r in rows], ids=[r["id"] for r in rows]))
people, holders = corpus.people(), corpus.holders()
corpus, len(people), len(holders)"""),
new_code_cell("""people.sort_values("n_articles", ascending=False).head(8)[["person_id", "name", "offices", "first_seen", "last_seen", "n_articles"]]"""),
new_code_cell("""import matplotlib.pyplot as plt
import matplotlib.dates as mdates

dates = corpus.article_dates()

def timeline(rows, label, title):
    fig, ax = plt.subplots(figsize=(9, 0.6 + 0.45 * len(rows)))
    for y, (_, r) in enumerate(rows.iterrows()):
        seen = sorted(dates[a] for a in r["articles"] if dates[a])
        ax.plot([r["first_seen"], r["last_seen"]], [y, y], lw=6, alpha=0.35, solid_capstyle="round")
        ax.plot(seen, [y] * len(seen), "o", ms=4, color="black")
    ax.set_yticks(range(len(rows)), [label(r) for _, r in rows.iterrows()])
    ax.xaxis.set_major_locator(mdates.MonthLocator(interval=3))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    ax.set_title(title)
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    return fig

office = "Gubernur Jawa Timur"
rows = holders[(holders["office"] == office) & ~holders["former"]].sort_values("first_seen")
timeline(rows, lambda r: r["holder"] + (" (Plt./Pj.)" if r["acting"] else "") + f"  [{r['n_articles']}]",
         f"Holders of {office} in the corpus (dots: articles)");"""),
new_code_cell("""person = people[people["name"] == "Adhy Karyono"].iloc[0]
rows = holders[holders["person_id"] == person["person_id"]].sort_values("first_seen")
timeline(rows, lambda r: ("mantan " if r["former"] else "") + ("Pj. " if r["acting"] else "") + r["office"],
         f"Offices of {person['name']} in the corpus");"""),
new_code_cell("""for office, day in [("Gubernur Jawa Timur", "2024-02-01"), ("Pj Gubernur Jatim", "2024-02-14"),
                    ("Gub. Jatim", "2023-10-10"), ("Presiden", "2025-06-19"), ("Bupati Serang", "2025-06-19")]:
    answer = corpus.holder_of(office, on=day)
    print(f"{office!r:24} on {day}: ", answer and (answer.name, answer.acting, len(answer.evidence)))"""),
]
nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": "examples"}}).execute()
nbformat.write(nb, "examples/corpus.ipynb")
for c in nb.cells:
    if c.cell_type == "code":
        for o in c.outputs:
            print(o.output_type, str(o.get("text", o.get("data", {}).get("text/plain", "")))[:300])
