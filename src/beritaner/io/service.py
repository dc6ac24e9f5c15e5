"""A JSON HTTP service over :func:`beritaner.extract` (FastAPI + uvicorn).

    beritaner serve --host 127.0.0.1 --port 8000 --workers 2
    BERITANER_KEY=... beritaner serve --host 0.0.0.0 --api-key-env BERITANER_KEY

With ``--api-key-env VAR`` every request but ``GET /health`` needs
``Authorization: Bearer <the value of VAR>``, else 401 (compared in constant time).

Endpoints
    ``POST /extract``        ``{"text": ..., "reference_date": "YYYY-MM-DD" | null}``
                             → one :class:`~beritaner.records.Extraction`
    ``POST /extract/batch``  ``{"documents": [{"id": ..., "text": ..., "reference_date": ...}]}``
                             → ``{"results": [Extraction, ...]}`` in input order
    ``GET /health``          the loaded pipeline and the limits
    ``GET /openapi.json``, ``GET /docs``

Limits (arguments of :func:`create_app`, flags of ``beritaner serve``)
    * ``max_body_bytes`` — larger bodies get 413. A declared ``Content-Length`` above
      the limit is refused before any of the body is read; a streamed (chunked) body is
      counted as it arrives and refused at the chunk that crosses the limit.
    * ``max_documents`` — a batch with more documents gets 413.
    * ``timeout`` — seconds a request may wait for its extraction (queueing included);
      past it the answer is 503. Python cannot stop a running thread: a batch stops at
      its next document, a single long document runs to its end in the background,
      and the worker's extraction thread is busy until then.

Every error is JSON ``{"error": message, ...}``: 400 malformed JSON, 413 too large,
415 a body that is not JSON, 422 wrong or missing fields (for ``/extract`` also a bad
``reference_date``; an ``id`` that is not valid Unicode), 503 timeout. In a batch, a
document that cannot be processed (a bad ``reference_date``, a failure on its text)
does not fail the request: its result has no entities and ``error`` set, and every
other document comes back whole. A lone surrogate escape in a text (``"\\udc80"``, what
``surrogateescape`` decoding of scraped bytes gives) is read as U+FFFD.

Each worker process loads the pipeline once, at start-up (the lifespan), warms it on a
short text, and runs extractions one at a time on one thread: extraction holds the GIL,
so more threads would not be faster. Scale with ``--workers`` (processes).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any, AsyncIterator, Sequence

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator
from spacy.language import Language
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..api import extract_many, load, parse_reference_date
from ..records import Extraction

log = logging.getLogger("beritaner.io.service")

DEFAULT_MAX_BODY_BYTES = 10_000_000
DEFAULT_MAX_DOCUMENTS = 256
DEFAULT_TIMEOUT = 30.0
#: documents per ``nlp.pipe`` batch inside one request; a timed-out batch stops at the
#: next of these boundaries
PIPE_BATCH = 8
WARM_UP_TEXT = "Bupati Banyumas meninjau jalan desa di Purwokerto, Senin (2/3/2026)."
ENV_CONFIG = "BERITANER_SERVE_CONFIG"
#: reference dates the service accepts (news: a generous range, far from the calendar's ends)
REFERENCE_YEARS = (1800, 2199)


@dataclass(frozen=True)
class Settings:
    """What one service process loads and enforces."""

    model: str | None = "default"
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    max_documents: int = DEFAULT_MAX_DOCUMENTS
    timeout: float = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_documents"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"{name} must be a positive integer, got {value!r}")
        if not isinstance(self.timeout, (int, float)) or not self.timeout > 0:
            raise ValueError(f"timeout must be a positive number of seconds, got {self.timeout!r}")


# --------------------------------------------------------------------------- wire models
class _Document(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(
        description="The article text (UTF-8 JSON string). A lone surrogate escape "
        "(\\udc80) is read as U+FFFD, one character for one, so offsets still hold."
    )
    reference_date: str | None = Field(
        default=None,
        description="The article's date, ISO YYYY-MM-DD; resolves relative dates (kemarin).",
        examples=["2026-02-19"],
    )


class ExtractRequest(_Document):
    """One text to extract from; a bad ``reference_date`` is a 422."""

    @field_validator("reference_date")
    @classmethod
    def _valid_reference_date(cls, value: str | None) -> str | None:
        return _checked_reference_date(value)


def _checked_reference_date(value: str | None) -> str | None:
    date = parse_reference_date(value)  # its ValueError quotes the value
    if date is not None and not REFERENCE_YEARS[0] <= date.year <= REFERENCE_YEARS[1]:
        # relative dates are computed from it; at the ends of Python's calendar
        # (0001-01-01 + "kemarin") that arithmetic overflows
        raise ValueError(
            f"reference_date must lie in the years {REFERENCE_YEARS[0]}-{REFERENCE_YEARS[1]}, "
            f"got {value!r}"
        )
    return value


class BatchDocument(_Document):
    """One document of a batch; ``id`` comes back as the result's ``id``. A bad
    ``reference_date`` fails only this document (its result's ``error``)."""

    id: str | None = Field(default=None, description="Caller's document id, echoed back.")

    @field_validator("id")
    @classmethod
    def _valid_id(cls, value: str | None) -> str | None:
        # the id is echoed back as the caller's key: one that is not Unicode cannot be
        if value is not None:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as err:
                raise ValueError(
                    f"id is not valid Unicode ({err.reason} at character offset {err.start})"
                ) from None
        return value


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: list[BatchDocument] = Field(
        description="The documents, at most the service's max_documents (see /health)."
    )


class BatchResponse(BaseModel):
    results: list[Extraction] = Field(
        description="One extraction per document, in order; a document that could not be "
        "processed has no entities and its 'error' set, and the others are unaffected."
    )


class ErrorResponse(BaseModel):
    error: str = Field(description="What was wrong, in one sentence.")
    detail: list[dict[str, Any]] | None = Field(
        default=None, description="Per-field problems (for 422)."
    )


# --------------------------------------------------------------------------- errors
def _error(status: int, message: str, detail: list[dict[str, Any]] | None = None,
           headers: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": message}
    if detail is not None:
        body["detail"] = detail
    # ASCII-escaped JSON: a message can quote input, and input may hold lone surrogates
    # that would not encode as UTF-8.
    return _AsciiJSON(body, status_code=status, headers=headers)


class _AsciiJSON(JSONResponse):
    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode("ascii")


class DocumentError(Exception):
    """beritaner refused one document's input (ValueError / TypeError)."""

    def __init__(self, index: int | None, message: str) -> None:
        super().__init__(message)
        self.index, self.message = index, message


class ExtractionTimeout(Exception):
    pass


def _loc(loc: Sequence[Any]) -> str:
    parts = [str(p) for p in loc if p != "body"]
    return ".".join(parts) or "body"


async def _on_validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = exc.errors()
    for err in errors:
        if err.get("type") == "json_invalid":
            reason = (err.get("ctx") or {}).get("error", "invalid JSON")
            where = err.get("loc", ("body", "?"))[-1]
            return _error(400, f"malformed JSON: {reason} at character {where}")
    detail = [
        {"loc": [str(p) for p in err.get("loc", ())], "msg": err.get("msg", ""), "type": err.get("type", "")}
        for err in errors
    ]
    shown = "; ".join(f"{_loc(err.get('loc', ()))}: {err.get('msg', '')}" for err in errors[:3])
    more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
    return _error(422, f"invalid request: {shown}{more}", detail)


async def _on_http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
    message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
    if exc.status_code == 400 and message == "There was an error parsing the body":
        message = "the body could not be read as JSON (is it valid UTF-8?)"
    return _error(exc.status_code, message, headers=getattr(exc, "headers", None))


async def _on_document_error(_request: Request, exc: DocumentError) -> JSONResponse:
    where = f"documents.{exc.index}.text: " if exc.index is not None else "text: "
    return _error(422, f"invalid request: {where}{exc.message}")


async def _on_timeout(request: Request, _exc: ExtractionTimeout) -> JSONResponse:
    limit = request.app.state.settings.timeout
    return _error(
        503,
        f"extraction did not finish within the {limit:g} s limit; send less text per "
        "request or retry later",
        headers={"Retry-After": "1"},
    )


async def _on_unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error while serving a request", exc_info=exc)
    return _error(500, f"internal error ({type(exc).__name__}); the request was not processed")


# --------------------------------------------------------------------------- callers
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
#: The one path open without the API key: load balancers and orchestrators probe it.
OPEN_PATHS = frozenset({"/health"})


class BearerAuth:
    """Pure ASGI middleware: every request but :data:`OPEN_PATHS` must carry
    ``Authorization: Bearer <key>``; otherwise 401, before any body is read. The key is
    compared in constant time (``hmac.compare_digest``), so timing tells nothing about it."""

    def __init__(self, app: Any, api_key: str) -> None:
        if not api_key:
            raise ValueError("the API key is empty")
        self.app = app
        self._expected = b"Bearer " + api_key.encode("utf-8")

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("path") in OPEN_PATHS:
            await self.app(scope, receive, send)
            return
        given = b""
        for name, value in scope.get("headers", ()):
            if name == b"authorization":
                given = value
                break
        if hmac.compare_digest(given, self._expected):
            await self.app(scope, receive, send)
            return
        why = "no Authorization header" if not given else "wrong API key"
        await _send_error(send, 401, f"{why}: send 'Authorization: Bearer <key>'",
                          headers=[(b"www-authenticate", b'Bearer realm="beritaner"')])


# --------------------------------------------------------------------------- transport limits
class RequestLimits:
    """Pure ASGI middleware: a bounded body, and only JSON bodies.

    The declared ``Content-Length`` is checked before anything is read; the bytes that
    actually arrive are counted too (chunked bodies have no length, and a client may
    lie), and the request is refused at the first chunk past the limit: at most one
    limit's worth of body is ever held in memory.
    """

    def __init__(self, app: Any, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_body_bytes
        headers = scope.get("headers") or []
        declared: bytes | None = None
        content_type: bytes | None = None
        for name, value in headers:
            if name == b"content-length":
                declared = value
            elif name == b"content-type":
                content_type = value
        if declared is not None:
            try:
                length = int(declared)
            except ValueError:
                await _send_error(send, 400, f"invalid Content-Length {declared[:40]!r}")
                return
            if length > limit:
                await _send_error(send, 413, _too_large(limit, f"declared {length} bytes"))
                return
        if scope.get("method") in ("POST", "PUT", "PATCH"):
            if content_type is None:
                # No type given (e.g. a bare urllib request): read the body as JSON.
                scope = dict(scope, headers=[*headers, (b"content-type", b"application/json")])
            elif not _is_json_type(content_type):
                await _send_error(
                    send, 415,
                    f"the body must be JSON (Content-Type: application/json), "
                    f"got {content_type.decode('latin-1')[:60]!r}",
                )
                return

        received = 0
        too_large = False
        response_started = False

        async def counting_receive() -> dict:
            nonlocal received, too_large
            if too_large:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    too_large = True
                    raise _BodyTooLarge()
            return message

        async def guarded_send(message: dict) -> None:
            nonlocal response_started
            if too_large:
                return  # whatever the app answers to the aborted read is replaced below
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except _BodyTooLarge:
            pass
        except Exception:
            if not too_large:
                raise
        if too_large and not response_started:
            await _send_error(send, 413, _too_large(limit, f"more than {limit} bytes arrived"))


class _BodyTooLarge(Exception):
    pass


def _too_large(limit: int, what: str) -> str:
    return f"request body too large: {what}; the limit is {limit} bytes"


def _is_json_type(value: bytes) -> bool:
    media = value.split(b";", 1)[0].strip().lower()
    return media == b"application/json" or (media.startswith(b"application/") and media.endswith(b"+json"))


async def _send_error(send: Any, status: int, message: str,
                      headers: Sequence[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps({"error": message}, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            # the unread rest of the body is not wanted: close rather than drain it
            (b"connection", b"close"),
            *headers,
        ],
    })
    await send({"type": "http.response.body", "body": body})


# --------------------------------------------------------------------------- extraction
class _Cancelled(Exception):
    """Raised by the documents' iterator once the request's time is up."""


def _extract_documents(
    nlp: Language, documents: Sequence[_Document], cancelled: threading.Event, *, batch: bool
) -> list[Extraction]:
    """Run in the worker thread. Stops feeding documents once ``cancelled`` is set. In a
    batch a document that fails gets its ``error``; a single document's failure is a 422."""

    def reference_date(document: _Document) -> str | None:
        try:
            return _checked_reference_date(document.reference_date)
        except ValueError:
            return document.reference_date  # extract_many records the same error

    def rows():
        for document in documents:
            if cancelled.is_set():
                raise _Cancelled()
            yield document.text

    try:
        results = list(extract_many(
            rows(),
            reference_dates=[reference_date(d) for d in documents],
            ids=[getattr(d, "id", None) for d in documents],
            batch_size=PIPE_BATCH,
            nlp=nlp,
            on_error="record" if batch else "raise",
        ))
    except _Cancelled:
        raise ExtractionTimeout() from None
    except (ValueError, TypeError) as err:  # beritaner refused the single document
        raise DocumentError(None, str(err)) from None
    except OverflowError as err:  # date arithmetic past year 1 or 9999
        raise DocumentError(None, f"a date in it is out of range ({err})") from None
    if cancelled.is_set():
        raise ExtractionTimeout()
    return results


async def _run_extraction(
    request: Request, documents: Sequence[_Document], *, batch: bool = True
) -> list[Extraction]:
    state = request.app.state
    cancelled = threading.Event()
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(
        state.executor, partial(_extract_documents, batch=batch), state.nlp, documents, cancelled
    )
    try:
        return await asyncio.wait_for(future, timeout=state.settings.timeout)
    except asyncio.TimeoutError:
        cancelled.set()  # a queued job is dropped; a running batch stops at its next document
        raise ExtractionTimeout() from None


# --------------------------------------------------------------------------- the app
def create_app(
    model: str | Path | None = "default",
    *,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    max_documents: int = DEFAULT_MAX_DOCUMENTS,
    timeout: float = DEFAULT_TIMEOUT,
    nlp: Language | None = None,
    api_key: str | None = None,
    api_key_env: str | None = None,
) -> FastAPI:
    """The ASGI app. ``model`` as for :func:`beritaner.load` (``None``: knowledge
    components only); or pass a ready ``nlp``. The pipeline is loaded when the app
    starts (its lifespan), not here.

    ``api_key`` (or the name of the environment variable holding it, ``api_key_env``)
    lets in only requests with ``Authorization: Bearer <key>``; ``/health`` stays open.
    """
    if api_key_env is not None:
        api_key = api_key_from_env(api_key_env)
    settings = Settings(
        model=None if model is None else str(model),
        max_body_bytes=max_body_bytes,
        max_documents=max_documents,
        timeout=float(timeout),
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings
        app.state.nlp = nlp if nlp is not None else load(settings.model)
        app.state.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="beritaner")
        # The first extraction builds lazy caches (gazetteer, patterns): pay it now.
        app.state.executor.submit(
            lambda: list(extract_many([WARM_UP_TEXT], reference_dates="2026-03-02", nlp=app.state.nlp))
        ).result()
        log.info("beritaner pipeline ready: %s", ", ".join(app.state.nlp.pipe_names))
        try:
            yield
        finally:
            app.state.executor.shutdown(wait=False, cancel_futures=True)

    errors = {status: {"model": ErrorResponse} for status in (400, 413, 415, 422, 503)}
    app = FastAPI(
        title="beritaner",
        version=__version__,
        description="Typed entities (PERSON, OFFICE, PLACE, ORG, DATE) from Indonesian news.",
        lifespan=lifespan,
    )
    app.add_middleware(RequestLimits, max_body_bytes=settings.max_body_bytes)
    if api_key is not None:
        app.add_middleware(BearerAuth, api_key=api_key)  # added last: runs first
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(DocumentError, _on_document_error)
    app.add_exception_handler(ExtractionTimeout, _on_timeout)
    app.add_exception_handler(Exception, _on_unexpected)

    @app.post("/extract", response_model=Extraction, responses=errors,
              summary="Entities in one text")
    async def extract_one(body: ExtractRequest, request: Request) -> Extraction:
        (result,) = await _run_extraction(request, [body], batch=False)
        return result

    @app.post("/extract/batch", response_model=BatchResponse, responses=errors,
              summary="Entities in several texts, in order")
    async def extract_batch(body: BatchRequest, request: Request) -> BatchResponse:
        limit = request.app.state.settings.max_documents
        if len(body.documents) > limit:
            raise StarletteHTTPException(
                413, f"too many documents in one batch: {len(body.documents)}; the limit is {limit}"
            )
        return BatchResponse(results=await _run_extraction(request, body.documents))

    @app.get("/health", summary="The loaded pipeline and the limits")
    async def health(request: Request) -> dict[str, Any]:
        state = request.app.state
        return {
            "status": "ok",
            "version": __version__,
            "model": state.settings.model,
            "pipeline": list(state.nlp.pipe_names),
            "limits": {k: v for k, v in asdict(state.settings).items() if k != "model"},
            "pid": os.getpid(),
        }

    return app


def api_key_from_env(variable: str) -> str:
    """The API key in the environment variable ``variable``; ValueError when unset or empty."""
    key = os.environ.get(variable, "")
    if not key.strip():
        raise ValueError(f"the environment variable {variable} holds no API key "
                         f"({'unset' if variable not in os.environ else 'empty'})")
    return key


def app_from_env() -> FastAPI:
    """App factory for uvicorn worker processes (``--workers N``): the settings travel in
    the ``BERITANER_SERVE_CONFIG`` environment variable as JSON."""
    config = json.loads(os.environ.get(ENV_CONFIG, "{}"))
    return create_app(**config)


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    workers: int = 1,
    model: str | Path | None = "default",
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    max_documents: int = DEFAULT_MAX_DOCUMENTS,
    timeout: float = DEFAULT_TIMEOUT,
    log_level: str = "info",
    api_key_env: str | None = None,
) -> None:
    """Run the service with uvicorn until interrupted. ``api_key_env`` names the
    environment variable holding the API key (each worker reads it there: the key never
    travels on a command line or in the workers' configuration)."""
    import uvicorn

    config = {
        "model": None if model is None else str(model),
        "max_body_bytes": max_body_bytes,
        "max_documents": max_documents,
        "timeout": timeout,
    }
    Settings(**config)  # refuse bad limits before starting anything
    if api_key_env is not None:
        api_key_from_env(api_key_env)
        config["api_key_env"] = api_key_env
    if workers > 1:
        os.environ[ENV_CONFIG] = json.dumps(config)
        uvicorn.run("beritaner.io.service:app_from_env", factory=True, host=host, port=port,
                    workers=workers, log_level=log_level)
    else:
        uvicorn.run(create_app(**config), host=host, port=port, log_level=log_level)


def cmd_serve(args: Any, stderr: Any) -> int:
    """``beritaner serve``: check the arguments and the model, then run."""
    model: str | None
    if args.model is None:
        model = "default"
    elif args.model.lower() == "none":
        model = None
    else:
        model = args.model
    problems = []
    if not 0 <= args.port <= 65535:
        problems.append(f"--port must be 0-65535, got {args.port}")
    if args.workers < 1:
        problems.append(f"--workers must be at least 1, got {args.workers}")
    try:
        Settings(model=model, max_body_bytes=args.max_body_bytes,
                 max_documents=args.max_documents, timeout=args.timeout)
    except ValueError as err:
        problems.append(str(err).replace("max_body_bytes", "--max-body-bytes")
                        .replace("max_documents", "--max-documents").replace("timeout", "--timeout"))
    if args.api_key_env is not None:
        try:
            api_key_from_env(args.api_key_env)
        except ValueError as err:
            problems.append(f"--api-key-env: {err}")
    elif args.host not in LOOPBACK_HOSTS:
        print(f"beritaner: warning: serving on {args.host} without an API key: anyone who "
              "can reach it may use it (set one with --api-key-env VAR)", file=stderr)
    if model is not None:
        from ..pipeline import default_model_path

        path = default_model_path() if model == "default" else Path(model)
        if not (path / "config.cfg").exists():
            problems.append(f"no spaCy pipeline at {path}; pass --model DIR, or --model none "
                            "for the knowledge components alone")
    if problems:
        for problem in problems:
            print(f"beritaner: error: {problem}", file=stderr)
        return 2
    serve(args.host, args.port, workers=args.workers, model=model,
          max_body_bytes=args.max_body_bytes, max_documents=args.max_documents,
          timeout=args.timeout, api_key_env=args.api_key_env)
    return 0
