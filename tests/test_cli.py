"""The ``beritaner`` command: formats, inputs, and errors that lose nothing."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from beritaner.io.cli import main

TEXT = "Kapolres Lebak AKBP Rizky Pratama menyebut tersangka RS ditangkap Kamis (19/2/2026).\n(Rina)"


class FakeStdin(io.StringIO):
    @property
    def buffer(self):
        return io.BytesIO(self.getvalue().encode("utf-8"))


def run(argv, stdin_text=""):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=FakeStdin(stdin_text), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_extract_a_file_as_json(tmp_path, nlp):
    path = tmp_path / "berita.txt"
    path.write_text(TEXT, encoding="utf-8")
    code, out, err = run(["extract", str(path), "--reference-date", "2026-02-20"])
    assert code == 0, err
    data = json.loads(out)
    assert data["id"] == str(path) and data["reference_date"] == "2026-02-20"
    texts = {(e["label"], e["text"]) for e in data["entities"]}
    assert ("PERSON", "RS") in texts and ("DATE", "Kamis (19/2/2026)") in texts


def test_stdin_and_table(nlp):
    code, out, err = run(["extract", "--format", "table"], stdin_text=TEXT)
    assert code == 0, err
    assert "<stdin>" in out and "RS" in out and "value=2026-02-19" in out


QUOTED = (
    "Kapolres Lebak AKBP Rizky Pratama memastikan patroli ditambah selama libur panjang. "
    '"Kami siagakan 120 personel di jalur wisata," ujarnya di Rangkasbitung, Kamis (19/2/2026).'
)


def test_the_table_says_who_said_what(nlp):
    code, out, err = run(["extract", "--format", "table"], stdin_text=QUOTED)
    assert code == 0, err
    section = [line.split() for line in out[out.index("who said what (2)"):].splitlines()[1:]]
    start = QUOTED.index("patroli")
    assert section[0] == ["QUOTE", f"{start}-{start + len('patroli ditambah selama libur panjang')}", "Rizky", "Pratama", "(Kapolres",
                          "Lebak)", "[indirect,", "memastikan]"]
    assert " ".join(section[1]) == "\u201cpatroli ditambah selama libur panjang\u201d"
    assert section[2][2:] == ["Rizky", "Pratama", "(Kapolres", "Lebak)", "[direct,", "ujarnya]"]
    assert " ".join(section[3]) == "\u201cKami siagakan 120 personel di jalur wisata\u201d"


def test_the_coloured_table_says_who_said_what(nlp):
    pytest.importorskip("rich")
    from beritaner.io.cli import format_table

    import beritaner

    result = beritaner.extract(QUOTED, nlp=nlp)
    table = format_table(result, QUOTED, color=True)
    assert "who said what (2)" in table
    assert table.count("Rizky Pratama (Kapolres Lebak)") == 2


def test_several_files_give_a_json_array_and_bad_utf8_is_reported(tmp_path, nlp):
    good, bad, other = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad.write_bytes("Bupati Lebak ".encode() + b"\xff\xfe rusak")
    other.write_text("Tersangka AB ditangkap.", encoding="utf-8")
    code, out, err = run(["extract", str(good), str(bad), str(other)])
    assert code == 2
    assert f"{bad}: not valid utf-8 at byte offset 13" in err
    ids = [d["id"] for d in json.loads(out)]
    assert ids == [str(good), str(other)]  # the other files are still written


def test_encoding_option_reads_latin1(tmp_path, nlp):
    path = tmp_path / "latin.txt"
    path.write_bytes("Tersangka AB ditangkap di Cafe Ren\xe9.".encode("latin-1"))
    code, out, err = run(["extract", str(path), "--encoding", "latin-1", "--format", "jsonl"])
    assert code == 0, err
    assert json.loads(out)["entities"][0]["text"] == "AB"


def test_jsonl_input_with_a_malformed_line(tmp_path, nlp):
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "satu", "text": TEXT, "reference_date": "2026-02-20"}) + "\n"
        + "{tidak valid\n"
        + json.dumps({"text": "Tersangka AB ditangkap."}) + "\n"
        + json.dumps({"id": "x", "text": "Teks", "reference_date": "20/2/2026"}) + "\n",
        encoding="utf-8",
    )
    code, out, err = run(["extract", "--input-jsonl", str(path), "--format", "jsonl"])
    assert code == 2
    assert f"{path}:2: malformed JSON" in err
    assert f"{path}:4: reference_date must be an ISO date" in err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["satu", f"{path}:3"]
    assert rows[0]["reference_date"] == "2026-02-20"


@pytest.mark.parametrize("argv", [["extract", "--format", "xml"], ["extract", "--reference-date", "kemarin"], ["nothing"]])
def test_usage_errors_exit_2(argv):
    code, _, err = run(argv)
    assert code == 2 and err


def test_missing_file_is_reported_and_others_processed(tmp_path, nlp):
    path = tmp_path / "ada.txt"
    path.write_text("Tersangka AB ditangkap.", encoding="utf-8")
    code, out, err = run(["extract", str(tmp_path / "tidak-ada.txt"), str(path), "--format", "jsonl"])
    assert code == 2 and "tidak-ada.txt: cannot read" in err
    assert json.loads(out)["id"] == str(path)


def test_console_script_runs():
    proc = subprocess.run(
        [sys.executable, "-m", "beritaner.io.cli", "extract", "--format", "jsonl", "--model", "none"],
        input="Tersangka AB ditangkap.".encode(), capture_output=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["entities"][0]["text"] == "AB"


def test_a_failed_single_input_leaves_stdout_empty(tmp_path):
    """`beritaner extract bad.txt | jq` must not meet a blank line."""
    bad = tmp_path / "rusak.txt"
    bad.write_bytes(b"Bupati Lebak \xff rusak")
    code, out, err = run(["extract", str(bad), "--model", "none"])
    assert code == 2 and "not valid utf-8" in err
    assert out == ""


def test_help_is_plain_text_and_names_the_format_default(capsys):
    code, out, _ = run(["extract", "--help"])
    assert code == 0
    assert "``" not in out
    assert "default: json" in " ".join(out.split())
    code, top, _ = run(["--help"])
    assert code == 0 and "``" not in top and "serve" in top


def test_evaluate_reports_missing_real_news_texts(tmp_path, monkeypatch):
    """Real-news gold keeps no text: without the articles, evaluate says where to point it."""
    gold = {"id": "rn001", "source": "realnews", "reference_date": "2023-10-01", "style": "jpnn.com",
            "entities": [], "quotes": []}
    (tmp_path / "rn001.json").write_text(json.dumps(gold), encoding="utf-8")
    monkeypatch.setenv("BERITANER_REALNEWS", str(tmp_path / "nowhere"))
    monkeypatch.setattr("beritaner.evaluation.gold.realnews_path", lambda: None)
    code, out, err = run(["evaluate", str(tmp_path), "--model", "none"])
    assert code == 2
    assert "BERITANER_REALNEWS" in err
