"""The HTTP service, tested over real HTTP against real servers.

Each server is ``python -m beritaner.io.cli serve ...`` in a subprocess on 127.0.0.1 and a
free port: the CLI flags, the lifespan loading, uvicorn and the ASGI middleware all
run as in production. Results are compared with :func:`beritaner.extract` in-process.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

import beritaner  # noqa: E402
from beritaner.io import cli  # noqa: E402
from beritaner.pipeline import default_model_path  # noqa: E402
from beritaner.records import Extraction  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
HAVE_MODEL = (default_model_path() / "config.cfg").exists()
# The shipped model when it is there; the knowledge components alone until then.
MODEL_ARGS: list[str] = [] if HAVE_MODEL else ["--model", "none"]

BODY_LIMIT = 64 * 1024
DOC_LIMIT = 8
START_TIMEOUT = 180.0


def _article(name: str) -> tuple[str, str]:
    for folder in ("seeds", "devset"):
        path = ROOT / folder / f"{name}.txt"
        if path.exists():
            gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            return path.read_text(encoding="utf-8"), gold["reference_date"]
    raise FileNotFoundError(name)


BANYUMAS = "001_pemkab_banyumas_jalan_desa"
MALANG = "002_polres_malang_curanmor"
SUMEDANG = "003_bpbd_sumedang_banjir_longsor"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """``beritaner serve`` in a subprocess (its own process group, ended at teardown)."""

    def __init__(self, *flags: str) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "beritaner.io.cli", "serve", "--port", str(self.port),
             *MODEL_ARGS, *flags],
            stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}:\n{self.output()}")
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"server did not start in {START_TIMEOUT} s:\n{self.output()}")
            time.sleep(0.2)
        self.client = httpx.Client(base_url=self.url, timeout=120)

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")

    def alive(self) -> bool:
        return self.proc.poll() is None and self.client.get("/health").status_code == 200

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


@pytest.fixture(scope="module")
def server():
    srv = Server("--max-body-bytes", str(BODY_LIMIT), "--max-documents", str(DOC_LIMIT),
                 "--timeout", "120")
    yield srv
    srv.client.close()
    srv.stop()
    assert "Traceback" not in srv.output(), srv.output()  # no request crashed a handler


@pytest.fixture(scope="module")
def local_nlp():
    """The same pipeline as the server's, in this process, to compare with."""
    return beritaner.load() if HAVE_MODEL else beritaner.load(None)


def _post_raw(server: Server, path: str, body: bytes, **headers: str) -> httpx.Response:
    headers.setdefault("content-type", "application/json")
    return server.client.post(path, content=body, headers=headers)


def _error_of(response: httpx.Response) -> str:
    assert response.headers["content-type"].startswith("application/json")
    message = response.json()["error"]
    assert isinstance(message, str) and message
    return message


# --------------------------------------------------------------------------- happy paths
def test_health_reports_pipeline_and_limits(server):
    body = server.client.get("/health").json()
    assert body["status"] == "ok"
    assert "beritaner_resolver" in body["pipeline"] and "beritaner_linker" in body["pipeline"]
    assert ("ner" in body["pipeline"]) == HAVE_MODEL
    assert body["limits"] == {"max_body_bytes": BODY_LIMIT, "max_documents": DOC_LIMIT, "timeout": 120.0}


def test_extract_article_same_as_library(server, local_nlp):
    text, ref = _article(BANYUMAS)
    response = server.client.post("/extract", json={"text": text, "reference_date": ref})
    assert response.status_code == 200, response.text
    result = Extraction.model_validate(response.json())
    assert result == beritaner.extract(text, reference_date=ref, nlp=local_nlp)
    assert result.reference_date == "2025-10-30"
    for entity in result.entities:
        assert text[entity.start:entity.end] == entity.text
    found = {(e.label, e.text) for e in result.entities}
    assert ("OFFICE", "Bupati Banyumas") in found
    dates = {e.text: e.value for e in result.of("DATE")}
    assert dates["Rabu (29/10/2025)"] == "2025-10-29"
    codes = {e.text: e.region_code for e in result.of("PLACE")}
    assert codes.get("Kecamatan Sokaraja") == "33.02.19"


def test_reference_date_resolves_relative_dates(server):
    text = "Kapolres Malang AKBP Danang Setiyo mengatakan pelaku ditangkap kemarin di Kecamatan Kepanjen."
    values = {}
    for ref in ("2025-11-04", "2025-11-10", None):
        body = server.client.post("/extract", json={"text": text, "reference_date": ref}).json()
        values[ref] = [e["value"] for e in body["entities"] if e["text"] == "kemarin"]
    assert values == {"2025-11-04": ["2025-11-03"], "2025-11-10": ["2025-11-09"], None: [None]}


def test_batch_in_order_with_ids_same_as_library(server, local_nlp):
    names = (SUMEDANG, BANYUMAS, MALANG)
    articles = [_article(name) for name in names]
    documents = [{"id": name, "text": text, "reference_date": ref}
                 for name, (text, ref) in zip(names, articles)]
    documents.append({"text": "   "})  # no id, blank: an empty result in its place
    response = server.client.post("/extract/batch", json={"documents": documents})
    assert response.status_code == 200, response.text
    results = [Extraction.model_validate(r) for r in response.json()["results"]]
    assert [r.id for r in results] == [*names, None]
    expected = list(beritaner.extract_many(
        [d["text"] for d in documents], reference_dates=[d.get("reference_date") for d in documents],
        ids=[d.get("id") for d in documents], nlp=local_nlp,
    ))
    assert results == expected
    assert results[-1].entities == ()
    assert all(r.entities for r in results[:3])


def test_empty_batch_gives_empty_results(server):
    response = server.client.post("/extract/batch", json={"documents": []})
    assert response.status_code == 200
    assert response.json() == {"results": []}


def test_body_without_content_type_is_read_as_json(server):
    text = "Banjir melanda Kabupaten Sumedang pada Senin (3/11/2025)."
    response = server.client.post("/extract", content=json.dumps({"text": text}).encode())
    assert response.status_code == 200
    assert [e["value"] for e in response.json()["entities"] if e["label"] == "DATE"] == ["2025-11-03"]


def test_body_just_under_the_limit_is_accepted(server):
    text, ref = _article(SUMEDANG)
    copies = text
    while len(json.dumps({"text": copies + "\n\n" + text})) < BODY_LIMIT - 1000:
        copies += "\n\n" + text
    body = json.dumps({"text": copies, "reference_date": ref}).encode()
    assert BODY_LIMIT - 8_000 < len(body) <= BODY_LIMIT
    response = _post_raw(server, "/extract", body)
    assert response.status_code == 200, response.text
    entities = response.json()["entities"]
    assert all(copies[e["start"]:e["end"]] == e["text"] for e in entities)
    assert entities[-1]["start"] > len(copies) - len(text)  # the last copy was read too


# --------------------------------------------------------------------------- errors
@pytest.mark.parametrize("body", [
    b'{"text": "Bupati Banyumas',
    b'{"text": "Bupati Banyumas",}',
    b"{'text': 'Bupati Banyumas'}",
    b"Bupati Banyumas Hartono",
])
def test_malformed_json_is_400(server, body):
    response = _post_raw(server, "/extract", body)
    assert response.status_code == 400
    assert "malformed JSON" in _error_of(response)


def test_body_not_utf8_is_400(server):
    body = '{"text": "Kabupaten Cianjur, Jawa Barat"}'.encode("utf-16")
    response = _post_raw(server, "/extract", body[:2] + b"\xff\xff" + body[2:])
    assert response.status_code == 400
    assert "JSON" in _error_of(response)


@pytest.mark.parametrize("payload, where", [
    ({}, "text: Field required"),
    ({"txt": "Bupati Banyumas"}, "txt: Extra inputs are not permitted"),
    ({"text": 42}, "text: Input should be a valid string"),
    ({"text": None}, "text: Input should be a valid string"),
    ({"text": ["Bupati", "Banyumas"]}, "text: Input should be a valid string"),
    ({"text": "Bupati Banyumas", "reference_date": 20251030}, "reference_date: Input should be a valid string"),
    (["Bupati Banyumas"], "body: Input should be a valid dictionary"),
    ("Bupati Banyumas", "body: Input should be a valid dictionary"),
])
def test_wrong_fields_are_422(server, payload, where):
    response = server.client.post("/extract", json=payload)
    assert response.status_code == 422
    assert where in _error_of(response)
    assert response.json()["detail"]


@pytest.mark.parametrize("value", ["30/10/2025", "2025-13-01", "2025-02-30", "kemarin", ""])
def test_bad_reference_date_is_422_quoting_it(server, value):
    response = server.client.post("/extract", json={"text": "Rabu (29/10/2025)", "reference_date": value})
    assert response.status_code == 422
    message = _error_of(response)
    assert "reference_date must be an ISO date YYYY-MM-DD" in message
    assert repr(value) in message


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01"])
def test_reference_date_at_the_calendars_ends_is_422(server, value):
    # beritaner.extract("besok", reference_date="9999-12-31") overflows computing the
    # day after; the service refuses such dates up front
    response = server.client.post("/extract", json={"text": "besok dan kemarin", "reference_date": value})
    assert response.status_code == 422
    assert f"must lie in the years 1800-2199, got {value!r}" in _error_of(response)


def test_a_bad_document_fails_alone_in_a_batch(server, local_nlp):
    good = {"id": "a", "text": "Bupati Banyumas Hartono Wicaksono meninjau Purwokerto."}
    bad_date = {"id": "b", "text": "Rabu (29/10/2025)", "reference_date": "29-10-2025"}
    response = server.client.post("/extract/batch", json={"documents": [good, bad_date, good]})
    assert response.status_code == 200
    first, failed, last = response.json()["results"]
    assert failed["id"] == "b" and failed["entities"] == []
    assert failed["error"].startswith("ValueError: reference_date must be an ISO date")
    expected = beritaner.extract(good["text"], id="a", nlp=local_nlp).model_dump(mode="json")
    assert first == expected and last == expected
    # the same bad date on /extract is the caller's error: 422 naming the field
    response = server.client.post("/extract", json={"text": "Rabu", "reference_date": "29-10-2025"})
    assert response.status_code == 422 and "reference_date" in _error_of(response)
    # a request of the wrong shape is still refused whole
    response = server.client.post("/extract/batch", json={"documents": good})
    assert response.status_code == 422
    assert "documents: Input should be a valid list" in _error_of(response)
    response = server.client.post("/extract/batch", json={"docs": [good]})
    assert response.status_code == 422


def test_lone_surrogate_is_read_as_replacement_character(server):
    # json.dumps escapes the surrogate as \udc80: legal JSON, not a legal Unicode string;
    # it is what surrogateescape decoding of scraped bytes gives, and is processed
    text = "Bupati Banyumas \udc80 Hartono meninjau Purwokerto."
    single = json.dumps({"text": text}).encode()
    assert b"\\udc80" in single
    response = _post_raw(server, "/extract", single)
    assert response.status_code == 200
    entities = response.json()["entities"]
    assert ("PLACE", "Purwokerto") in [(e["label"], e["text"]) for e in entities]
    for e in entities:  # offsets index the caller's string; the surrogate reads as U+FFFD
        assert e["text"] == text[e["start"]:e["end"]].replace("\udc80", "\ufffd")
    batch = json.dumps({"documents": [{"text": "Purwokerto"}, {"text": "x\ud800y Purwokerto"}]}).encode()
    response = _post_raw(server, "/extract/batch", batch)
    assert response.status_code == 200
    assert [r["error"] for r in response.json()["results"]] == [None, None]
    bad_id = json.dumps({"documents": [{"id": "\udfff", "text": "Purwokerto"}]}).encode()
    response = _post_raw(server, "/extract/batch", bad_id)
    assert response.status_code == 422
    assert "documents.0.id" in _error_of(response)
    assert server.alive()


def test_non_json_content_type_is_415(server):
    response = server.client.post("/extract", data={"text": "Bupati Banyumas"})
    assert response.status_code == 415
    assert "application/json" in _error_of(response)


def test_unknown_path_and_method_are_json(server):
    assert server.client.get("/nothing-here").status_code == 404
    response = server.client.get("/extract")
    assert response.status_code == 405
    assert _error_of(response)


@pytest.mark.parametrize("body", [
    b"[" * 50_000 + b"]" * 50_000,
    b'{"text": "' + b"\\u0000" * 100 + b'"}',
    b'{"text": "\xf0\x9f\x98\x80 Gubernur \xe2\x80\x8bJawa Tengah\\ud83d\\ude00"}',
    b'{"text": "Bupati Banyumas", "reference_date": null}',
    b'{"text": "' + b"a" * 60_000 + b'"}',
    b'{"text": "' + b"(" * 20_000 + b'"}',
    b'{"text": "' + b"12/12/2012 " * 5_000 + b'"}',
    b'{"text": "Rabu (29/10/2025)", "reference_date": "1800-01-01"}',
    b'{"text": "kemarin, besok, lusa", "reference_date": "2199-12-31"}',
    b"NaN",
    b"null",
    b"1e999999",
    b"",
    b'{"documents": [{"text": 1}]}',
])
def test_odd_input_never_gives_500(server, body):
    for path in ("/extract", "/extract/batch"):
        response = _post_raw(server, path, body)
        assert response.status_code < 500, (path, body[:80], response.text)
        if response.status_code >= 400:
            assert _error_of(response)
        else:
            payload = response.json()
            assert "results" in payload if path.endswith("batch") else "entities" in payload
    assert server.alive()


# --------------------------------------------------------------------------- size limits
def test_declared_oversize_body_is_refused_before_it_is_sent(server):
    """Only the headers go out: the 413 must come without waiting for any body."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(
            b"POST /extract HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000000000000\r\n\r\n"
        )
        reply = b""
        while b"\r\n\r\n" not in reply or not reply.rstrip().endswith(b"}"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            reply += chunk
    head, _, body = reply.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413")
    assert "1000000000000" in json.loads(body)["error"]


def test_streamed_oversize_body_is_413(server):
    """A chunked body has no Content-Length: the bytes are counted as they arrive."""
    sent = []

    def chunks():
        yield b'{"text": "'
        for _ in range(64):  # 4 MiB in all, far past the 64 KiB limit
            sent.append(1)
            yield b"Bupati Banyumas " * 4096
        yield b'"}'

    response = server.client.post("/extract", content=chunks(),
                                  headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert f"the limit is {BODY_LIMIT} bytes" in _error_of(response)
    assert server.alive()


def test_batch_over_document_limit(server):
    docs = [{"id": str(i), "text": "Bupati Banyumas Hartono Wicaksono"} for i in range(DOC_LIMIT + 1)]
    response = server.client.post("/extract/batch", json={"documents": docs})
    assert response.status_code == 413
    message = _error_of(response)
    assert f"{DOC_LIMIT + 1}" in message and f"limit is {DOC_LIMIT}" in message
    response = server.client.post("/extract/batch", json={"documents": docs[:DOC_LIMIT]})
    assert response.status_code == 200
    assert [r["id"] for r in response.json()["results"]] == [str(i) for i in range(DOC_LIMIT)]


# --------------------------------------------------------------------------- openapi
def test_openapi_carries_the_record_schemas(server):
    spec = server.client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    for name in ("Extraction", "Person", "Office", "Place", "Org", "Date", "PersonGroup",
                 "ExtractRequest", "BatchRequest", "BatchResponse"):
        assert name in schemas, name
    assert {"id", "reference_date", "entities", "persons"} <= set(schemas["Extraction"]["properties"])
    assert "value" in schemas["Date"]["properties"] and "holder" in schemas["Office"]["properties"]
    ok = spec["paths"]["/extract"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/Extraction"}
    assert {"400", "413", "422", "503"} <= set(spec["paths"]["/extract/batch"]["post"]["responses"])


# --------------------------------------------------------------------------- load
def test_fifty_concurrent_clients_no_errors(server, local_nlp):
    """200 requests of one article from 50 concurrent clients: every one answered, all
    with the same, correct extraction. (Speed is measured in bench/service_load.py.)"""
    text, ref = _article(MALANG)
    expected = beritaner.extract(text, reference_date=ref, nlp=local_nlp).model_dump(mode="json")
    payload = json.dumps({"text": text, "reference_date": ref}).encode()
    limits = httpx.Limits(max_connections=50, max_keepalive_connections=50)
    with httpx.Client(base_url=server.url, timeout=120, limits=limits) as client:
        def call(_):
            response = client.post("/extract", content=payload,
                                   headers={"content-type": "application/json"})
            return response.status_code, response.json()

        with concurrent.futures.ThreadPoolExecutor(max_workers=50) as pool:
            answers = list(pool.map(call, range(200)))
    assert len(answers) == 200
    assert [status for status, _ in answers] == [200] * 200
    assert all(body == expected for _, body in answers)
    assert server.alive()


# --------------------------------------------------------------------------- timeout, workers, CLI
def test_time_limit_gives_503_and_the_server_lives_on():
    srv = Server("--timeout", "0.001", "--max-documents", "64")
    try:
        text, ref = _article(BANYUMAS)
        docs = [{"id": str(i), "text": text, "reference_date": ref} for i in range(64)]
        response = srv.client.post("/extract/batch", json={"documents": docs})
        assert response.status_code == 503
        assert "0.001 s limit" in _error_of(response)
        assert response.headers.get("retry-after") == "1"
        assert srv.alive()
    finally:
        srv.stop()
    assert "Traceback" not in srv.output()


def test_several_workers_serve():
    srv = Server("--workers", "2")
    try:
        text, ref = _article(SUMEDANG)
        response = srv.client.post("/extract", json={"text": text, "reference_date": ref})
        assert response.status_code == 200
        dates = [e for e in response.json()["entities"] if e["label"] == "DATE"]
        assert dates and all(text[e["start"]:e["end"]] == e["text"] for e in dates)
        assert srv.client.get("/health").json()["pid"] != srv.proc.pid  # a worker answered
    finally:
        srv.stop()


@pytest.mark.parametrize("flags, message", [
    (["--max-documents", "0"], "--max-documents must be a positive integer"),
    (["--max-body-bytes", "-5"], "--max-body-bytes must be a positive integer"),
    (["--timeout", "0"], "--timeout must be a positive number"),
    (["--workers", "0"], "--workers must be at least 1"),
    (["--port", "70000"], "--port must be 0-65535"),
    (["--model", "/nonexistent/beritaner-model"], "no spaCy pipeline at /nonexistent/beritaner-model"),
])
def test_serve_refuses_bad_flags(flags, message, capsys):
    import io

    err = io.StringIO()
    assert cli.main(["serve", *flags], stderr=err) == 2
    assert message in err.getvalue()


def test_api_key_lets_in_only_its_callers():
    key = "rahasia-" + os.urandom(8).hex()
    os.environ["BERITANER_TEST_KEY"] = key
    try:
        srv = Server("--api-key-env", "BERITANER_TEST_KEY", "--max-documents", "4")
    finally:
        del os.environ["BERITANER_TEST_KEY"]  # the running server read it at start-up
    try:
        body = {"text": "Bupati Banyumas Hartono Wicaksono meninjau Purwokerto."}
        assert srv.client.get("/health").status_code == 200  # stays open for probes
        for headers in ({}, {"Authorization": "Bearer salah"}, {"Authorization": key},
                        {"Authorization": f"Bearer {key}x"}, {"Authorization": f"bearer {key}"}):
            response = srv.client.post("/extract", json=body, headers=headers)
            assert response.status_code == 401, headers
            assert response.headers["www-authenticate"].startswith("Bearer")
            assert "Authorization: Bearer" in _error_of(response)
        for path in ("/openapi.json", "/docs"):
            assert srv.client.get(path).status_code == 401
        ok = srv.client.post("/extract", json=body, headers={"Authorization": f"Bearer {key}"})
        assert ok.status_code == 200
        assert ("PLACE", "Purwokerto") in [(e["label"], e["text"]) for e in ok.json()["entities"]]
        batch = srv.client.post("/extract/batch", json={"documents": [body]},
                                headers={"Authorization": f"Bearer {key}"})
        assert batch.status_code == 200 and len(batch.json()["results"]) == 1
        assert key not in srv.output()  # never logged
    finally:
        srv.client.close()
        srv.stop()


def test_api_key_variable_must_hold_a_key(capsys):
    from beritaner.io import cli

    os.environ.pop("BERITANER_NO_SUCH_KEY", None)
    code = cli.main(["serve", "--api-key-env", "BERITANER_NO_SUCH_KEY", *MODEL_ARGS])
    assert code == 2
    assert "--api-key-env: the environment variable BERITANER_NO_SUCH_KEY holds no API key (unset)" \
        in capsys.readouterr().err
