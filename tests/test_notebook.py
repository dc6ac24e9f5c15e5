"""examples/explore.ipynb runs from top to bottom and shows what it promises."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "examples" / "explore.ipynb"
KERNEL = "beritaner-test"


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """The notebook after running it in a kernel on this very interpreter (the venv's),
    so it sees the beritaner under test, not whatever a 'python3' kernelspec points at."""
    jupyter_dir = tmp_path_factory.mktemp("jupyter")
    spec_dir = jupyter_dir / "kernels" / KERNEL
    spec_dir.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "beritaner test",
        "language": "python",
        "env": {"MPLBACKEND": "module://matplotlib_inline.backend_inline"},
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    patch = pytest.MonkeyPatch()
    patch.setenv("JUPYTER_PATH", str(jupyter_dir))
    patch.setenv("JUPYTER_DATA_DIR", str(jupyter_dir))
    patch.setenv("IPYTHONDIR", str(tmp_path_factory.mktemp("ipython")))
    try:
        notebook = nbformat.read(NOTEBOOK, as_version=4)
        client = NotebookClient(
            notebook,
            kernel_name=KERNEL,
            timeout=600,
            resources={"metadata": {"path": str(NOTEBOOK.parent)}},
        )
        client.execute()  # raises CellExecutionError on the first cell that fails
    finally:
        patch.undo()
    return notebook


def outputs(notebook, mime: str) -> list[str]:
    found = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            assert output.output_type != "error", output
            data = output.get("data", {})
            if mime in data:
                found.append(data[mime])
            elif mime == "text/plain" and output.output_type == "stream":
                found.append(output.text)
    return found


def test_every_code_cell_ran_without_error(executed):
    code = [cell for cell in executed.cells if cell.cell_type == "code"]
    assert len(code) >= 8
    assert all(cell.execution_count for cell in code)
    for cell in code:
        for output in cell.outputs:
            assert output.output_type != "error", "".join(output.get("traceback", []))
            assert output.get("name") != "stderr" or "Traceback" not in output.text


def test_it_lists_the_seed_articles(executed):
    text = "\n".join(outputs(executed, "text/plain"))
    seeds = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    assert seeds and all(name in text for name in seeds)
    assert "pipeline:" in text


def test_it_shows_highlighted_articles(executed):
    html = [h for h in outputs(executed, "text/html") if 'class="beritaner"' in h]
    assert len(html) == 2  # the Extraction's own repr and render_html
    seed = (ROOT / "seeds" / "002_polres_malang_curanmor.txt").read_text(encoding="utf-8")
    first_words = seed.split("\n")[0][:12]
    assert any(first_words in h for h in html)
    for label in ("PLACE", "DATE", "ORG"):
        assert all(f'data-label="{label}"' in h for h in html)
    assert "#a7e3d5" in html[1]  # the colour the notebook chose for places


def test_it_shows_frames_and_offices_per_province(executed):
    tables = "\n".join(h for h in outputs(executed, "text/html") if "dataframe" in h)
    for column in ("doc_id", "region_code", "jurisdiction", "province", "offices", "titles"):
        assert f">{column}<" in tables
    assert "Jawa Tengah" in tables and "Sulawesi Selatan" in tables


def test_it_draws_the_chart(executed):
    images = outputs(executed, "image/png")
    assert len(images) == 1 and len(images[0]) > 5000
