"""The local API server: a threaded HTTP/1.1 server on 127.0.0.1 that answers like the Claude API.

This module is the transport and the request pipeline; the answers live in the `_routes_*`
modules, request checking in `_validate` (driven by the bundled OpenAPI document), misbehaviour in
`_faults`, and memory in `_state`.

Pipeline of one request: record it → match an operation of the document → take a queued fault,
if any → check credentials, `anthropic-version` and required betas → check the query and the
body against the operation's schemas (a 400 `invalid_request_error` names the bad field) → call
the route's handler → write JSON, SSE (chunked, flushed event by event), JSON lines or bytes.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from .._core._constants import API_VERSION
from . import (
    _crud,
    _routes_batches,
    _routes_completions,
    _routes_compliance,
    _routes_files,
    _routes_messages,
    _routes_models,
    _routes_organization,
    _routes_platforms,
    _routes_sessions,
    _routes_skills,
    _routes_user_profiles,
    _routes_work,
    _routes_workspace,
    _webhooks,
)
from ._document import Document, Operation, load_document
from ._fault_header import FAULT_HEADER, HeaderFaults
from ._faults import Fault, FaultPlan, error_type_for
from ._multipart import form_for_schema, parse_multipart
from ._protocol import APIFailure, Call, Handler, Reply, Request
from ._state import State
from ._versions import version_accepted

if TYPE_CHECKING:
    from .._client import Anthropic, AsyncAnthropic

__all__ = ["API_VERSIONS", "TEST_API_KEY", "LocalAPIServer", "Settings", "local_api"]

TEST_API_KEY = "sk-ant-local-test-key"
# Versions accepted when the document lists none (it lists them on the `anthropic-version` parameter).
API_VERSIONS = frozenset({API_VERSION, "2023-01-01"})
ORGANIZATION_ID = "org_local"

PROXY_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>proxy</center>\r\n"
    b"</body>\r\n</html>\r\n"
)

_HANDLERS: dict[str, Handler] = {
    **_routes_messages.ROUTES,
    **_routes_batches.ROUTES,
    **_routes_models.ROUTES,
    **_routes_files.ROUTES,
    **_routes_skills.ROUTES,
    **_routes_completions.ROUTES,
    **_routes_sessions.ROUTES,
    **_routes_work.ROUTES,
    **_routes_workspace.ROUTES,
    **_routes_user_profiles.ROUTES,
    **_routes_compliance.ROUTES,
    **_routes_organization.ROUTES,
}


@dataclass
class Settings:
    """How the simulated API behaves (change them on `server.settings` at any time)."""

    batch_polls: int = 0
    """Retrievals of a new batch answered `in_progress` before it ends (0: it ends at once)."""
    check_bodies: bool = True
    """Validate request bodies and query parameters against the document."""
    require_betas: bool = True
    """Refuse beta-only operations without one of their `anthropic-beta` names."""
    api_version: str | None = None
    """Accept only this `anthropic-version` (None: any date from 2023-06-01 on, as clients send)."""
    thread_unsupported: tuple[str, ...] = ()
    """Request fields a message thread refuses (`thread_unsupported_request`), e.g. `("thinking",)`."""
    refusing_models: tuple[str, ...] = ()
    """Models that decline every Messages request (`stop_reason: "refusal"`) after the first word
    of their reply, for testing refusal fallbacks: with the `fallback-credit-2026-07-01` beta the
    refusal carries a `fallback_credit_token` and `fallback_has_prefill_claim: true` (see
    `_refusals`)."""


def _invalid(path: str, message: str) -> APIFailure:
    return APIFailure(400, "invalid_request_error", f"{path}: {message}" if path else message)


def _coerce_query(value: str, schema: Mapping[str, Any]) -> Any:
    """A query string value as the type its schema wants (integers and booleans)."""
    kinds = {schema.get("type")} | {
        m.get("type") for m in schema.get("anyOf", ()) if isinstance(m, Mapping)
    }
    if "integer" in kinds and value.lstrip("-").isdigit():
        return int(value)
    if "boolean" in kinds and value in ("true", "false"):
        return value == "true"
    if "null" in kinds and value == "":
        return None
    return value


class LocalAPIServer:
    """Serves the Claude API on 127.0.0.1; use as a context manager or call start()/stop().

    ``requests`` lists every request the server saw; ``faults`` (or ``fail_next`` / ``plan``)
    makes it misbehave; ``state`` holds its batches, files and skills; ``settings`` its behaviour.
    """

    def __init__(
        self,
        *,
        api_key: str = TEST_API_KEY,
        auth_token: str | None = None,
        batch_polls: int = 0,
        document: Document | None = None,
    ) -> None:
        self.api_key = api_key
        self.auth_token = auth_token
        self.settings = Settings(batch_polls=batch_polls)
        self.document = document or load_document()
        self.state = State()
        self.faults = FaultPlan()
        self.header_faults = HeaderFaults()
        """The faults requests ask for with the `x-simulator-fault` header (`_fault_header`)."""
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._overrides: list[tuple[str, str, Handler]] = []
        self._stopping = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.webhook_key = _webhooks.generate_key()
        """Secret this server signs webhook deliveries with; its clients verify with it."""

    # --- misbehaviour --------------------------------------------------------------------------

    def fail_next(
        self,
        statuses: Iterable[int] = (500,),
        *,
        headers: Mapping[str, str] | None = None,
        route: str | None = None,
        error_type: str | None = None,
        message: str | None = None,
    ) -> None:
        """Answer the next requests (on `route`, or any) with these error statuses, in order,
        each with `headers` (e.g. ``{"retry-after": "0"}``); then answer normally again."""
        self.faults.add(
            [
                Fault.error(s, headers=headers, error_type=error_type, message=message)
                for s in statuses
            ],
            route,
        )

    def plan(self, route: str | None, steps: Iterable[Fault | int | None]) -> None:
        """Script the next requests on `route`: a `Fault`, an error status, or None for a
        normal answer, one per request (e.g. ``[529, 529, None]``)."""
        faults: list[Fault] = []
        for step in steps:
            if step is None:
                faults.append(Fault.slow(0.0))
            elif isinstance(step, int):
                faults.append(Fault.error(step))
            else:
                faults.append(step)
        self.faults.add(faults, route)

    def inject(self, *faults: Fault, route: str | None = None) -> None:
        """Queue these faults for the next requests on `route` (or any)."""
        self.faults.add(faults, route)

    # --- what the server saw -----------------------------------------------------------------

    def requests_for(self, route: str) -> list[Request]:
        """The requests seen for an operation id (or ``"METHOD /path"``)."""
        with self._lock:
            seen = list(self.requests)
        verb, _, where = route.partition(" ")
        return [
            r for r in seen if r.operation_id == route or (r.method == verb and r.path == where)
        ]

    def reset(self) -> None:
        """Forget requests, queued faults and stored objects."""
        with self._lock:
            self.requests.clear()
        self.faults.clear()
        self.header_faults.clear()
        self.state.reset()

    def _record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    # --- routing -----------------------------------------------------------------------------

    def route(self, method: str, path: str, handler: Handler) -> None:
        """Answer `method path` (an operation's template, e.g. ``/v1/models/{model_id}``, or an
        operation id with method ``"*"``) with `handler` instead of the built-in answer."""
        self._overrides.insert(0, (method.upper(), path, handler))

    def _handler_for(self, operation: Operation) -> Handler:
        for method, path, handler in self._overrides:
            if (method == operation.method and path == operation.template) or (
                method == "*" and path == operation.operation_id
            ):
                return handler
        # Operations without a hand-written route are answered from the document (`_crud`).
        return _HANDLERS.get(operation.operation_id, _crud.answer)

    def _check_headers(self, request: Request, operation: Operation) -> None:
        key = request.headers.get("x-api-key")
        bearer = request.headers.get("authorization", "")
        if key is None and not bearer.startswith("Bearer "):
            raise APIFailure(401, "authentication_error", "x-api-key header is required")
        if key is not None and key != self.api_key:
            raise APIFailure(401, "authentication_error", "invalid x-api-key")
        # A bearer token is checked as strictly as a key: the server's auth_token, else its key.
        token = self.auth_token if self.auth_token is not None else self.api_key
        if key is None and bearer[len("Bearer ") :] != token:
            raise APIFailure(401, "authentication_error", "invalid bearer token")
        version = request.headers.get("anthropic-version")
        if version is None:
            raise _invalid("anthropic-version", "header is required")
        known = _accepted_versions(operation)
        if not version_accepted(version, self.settings.api_version, known=known):
            raise _invalid("anthropic-version", f"{version!r} is not a valid version")
        if operation.betas and self.settings.require_betas:
            if not set(operation.betas) & set(request.betas):
                raise _invalid(
                    "anthropic-beta",
                    "this operation needs the beta header with one of: "
                    + ", ".join(operation.betas),
                )

    def _query(self, request: Request, operation: Operation) -> dict[str, Any]:
        validator = self.document.validator
        query: dict[str, Any] = {}
        for parameter in operation.parameters:
            name = parameter.get("name", "")
            if parameter.get("in") != "query" or name not in request.query:
                continue
            schema = validator.resolve(parameter.get("schema") or {})
            values = (
                [
                    _coerce_query(v, validator.resolve(schema.get("items") or {}))
                    for v in request.query[name]
                ]
                if schema.get("type") == "array"
                else None
            )
            value: Any = (
                values if values is not None else _coerce_query(request.query[name][-1], schema)
            )
            if self.settings.check_bodies:
                problem = validator.validate(value, schema, name)
                if problem:
                    raise _invalid(*problem)
            query[name] = value
        return query

    def _body(self, request: Request, operation: Operation) -> Any:
        multipart = operation.request_type == "multipart/form-data"
        if not multipart:
            _check_size(len(request.body), operation.max_body_bytes)
        schema = operation.request_schema
        if operation.request_type is None or schema is None:
            return None
        validator = self.document.validator
        if operation.request_type == "multipart/form-data":
            kind = request.headers.get("content-type", "")
            if not kind.startswith("multipart/form-data"):
                raise _invalid("", f"content-type must be multipart/form-data, not {kind!r}")
            parts = parse_multipart(request.body, kind)
            # An upload's limit is on what it carries, not on the multipart envelope.
            _check_size(sum(len(part.data) for part in parts), operation.max_body_bytes)
            checked, handed = form_for_schema(parts, dict(validator.resolve(schema)))
        else:
            try:
                checked = handed = json.loads(request.body or b"null")
            except ValueError:
                raise _invalid("", "the request body is not valid JSON") from None
        if self.settings.check_bodies:
            problem = validator.validate(checked, schema)
            if problem:
                raise _invalid(*problem)
        return handed

    def answer(self, request: Request, operation: Operation | None, path_known: bool) -> Reply:
        """The reply to a request (raises APIFailure for an error answer)."""
        if operation is None:
            if path_known:
                raise APIFailure(
                    405, "invalid_request_error", f"method {request.method} not allowed"
                )
            raise APIFailure(
                404, "not_found_error", f"no route for {request.method} {request.path}"
            )
        if request.failure is not None:
            raise request.failure
        self._check_headers(request, operation)
        call = Call(
            request=request,
            body=self._body(request, operation),
            query=self._query(request, operation),
            state=self.state,
            settings=self.settings,
            document=self.document,
        )
        return _routes_platforms.dress(request, self._handler_for(operation)(call))

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`, less if the server stops; True when it is stopping."""
        return self._stopping.wait(seconds) if seconds > 0 else self._stopping.is_set()

    # --- lifecycle ---------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError(
                "the server is not running; call start() or use it as a context manager"
            )
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def running(self) -> bool:
        return self._httpd is not None

    def start(self) -> LocalAPIServer:
        server = self

        class _Handler(_RequestHandler):
            api = server

        self._stopping.clear()
        self.state.closing.clear()
        self._httpd = _HTTPServer(("127.0.0.1", 0), _Handler)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.02,), name="claude-local-api", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, release hanging requests and close every open connection."""
        self._stopping.set()
        self.state.closing.set()
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
            httpd.close_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> LocalAPIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def client(self, **options: Any) -> Anthropic:
        """An `Anthropic` client for this server (the test key unless `api_key=` is given)."""
        from .._client import Anthropic

        options.setdefault("api_key", self.api_key)
        options.setdefault("webhook_key", self.webhook_key)
        return Anthropic(base_url=self.base_url, **options)

    def async_client(self, **options: Any) -> AsyncAnthropic:
        """An `AsyncAnthropic` client for this server."""
        from .._client import AsyncAnthropic

        options.setdefault("api_key", self.api_key)
        options.setdefault("webhook_key", self.webhook_key)
        return AsyncAnthropic(base_url=self.base_url, **options)

    def webhook_delivery(
        self, event_type: str, *, event_id: str | None = None, **data: Any
    ) -> tuple[bytes, dict[str, str]]:
        """A signed webhook delivery (body bytes, headers) about a resource, for `unwrap` tests."""
        event = _webhooks.webhook_event(
            event_type, event_id=event_id or self.state.next_id("whe"), **data
        )
        return _webhooks.signed_delivery(event, key=self.webhook_key)

    def flag_for_review(self, message_ids: Sequence[str], **details: Any) -> dict[str, Any]:
        """Open a compliance review case about these messages, as Anthropic would (with a
        notice); `details`: `policy_categories`, `user_profile_id`, `workspace_id`, `model`."""
        return _routes_compliance.flag(self.state, message_ids, **details)

    def __repr__(self) -> str:
        where = self.base_url if self._httpd is not None else "stopped"
        return f"<LocalAPIServer {where} requests={len(self.requests)}>"


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 1024
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(address, handler)
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hung up mid-answer (a closed stream, a timeout) is normal in tests: no
        # traceback for it. Anything else is the simulator's own bug and is printed.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)

    def track(self, sock: socket.socket, alive: bool) -> None:
        with self._open_lock:
            (self._open.add if alive else self._open.discard)(sock)

    def close_connections(self) -> None:
        with self._open_lock:
            sockets, self._open = list(self._open), set()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def _reset(sock: socket.socket) -> None:
    """Close with a TCP RST (linger 0) instead of an orderly FIN."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()


def _frame(event: str, data: Mapping[str, Any]) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


class _RequestHandler(BaseHTTPRequestHandler):
    api: LocalAPIServer
    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes: without this, Nagle's algorithm meets the
        # client's delayed ACK and every answer waits ~40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection, True)

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()
        self.server.track(self.connection, False)

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read `requests`
        return

    # --- reading -----------------------------------------------------------------------------

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            pieces: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(pieces)
                pieces.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("content-length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        url = urlsplit(self.path)
        request = Request(
            method=self.command,
            path=url.path,
            query=parse_qs(url.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=self._read_body(),
        )
        api = self.api
        request = _routes_platforms.adapt(request, api.api_key)
        operation, params, path_known = api.document.match(request.method, request.path)
        request.params = params
        request.operation_id = operation.operation_id if operation else None
        request.request_id = api.state.next_id("req")
        api._record(request)
        fault = api.faults.take(
            request.operation_id,
            request.method,
            operation.template if operation else None,
            request.path,
        ) or self._asked_fault(request)
        if fault is not None and fault.latency > 0 and api.wait(fault.latency):
            return self._drop()
        if fault is not None and self._misbehave_early(fault, request):
            return None
        try:
            reply = api.answer(request, operation, path_known)
        except APIFailure as failure:
            return self._send_error(failure, request.request_id, {})
        except Exception as error:  # a bug in a handler: answer like the API would, then say so
            self._send_error(
                APIFailure(500, "api_error", f"simulator error: {error!r}"), request.request_id, {}
            )
            raise
        self._send(reply, request.request_id, fault)

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _handle

    # --- faults ------------------------------------------------------------------------------

    def _asked_fault(self, request: Request) -> Fault | None:
        """The fault the request asks for itself (`x-simulator-fault`); a value that cannot be
        read gets a 400 saying why."""
        try:
            return self.api.header_faults.take(request.headers.get(FAULT_HEADER))
        except ValueError as problem:
            return Fault.error(400, message=str(problem))

    def _drop(self) -> None:
        self.close_connection = True
        _reset(self.connection)

    def _misbehave_early(self, fault: Fault, request: Request) -> bool:
        """Act on faults that replace the answer; False for those that change how it is sent."""
        kind = fault.kind
        request_id = request.request_id or ""
        if kind == "status":
            failure = APIFailure(
                fault.status,
                fault.resolved_error_type,
                fault.message or _default_message(fault.status),
            )
            self._send_error(failure, request_id, fault.headers)
        elif kind == "reset_before_headers":
            self._drop()
        elif kind == "hang":
            self._hang(fault.hang_seconds)
        elif kind == "proxy_html":
            self._send_raw(fault.status, "text/html", PROXY_PAGE, None, fault.headers)
        elif kind == "malformed_json":
            body = b'{"id": "msg_local", "type": "message", "content": [{"type": "text", "te'
            self._send_raw(200, "application/json", body, request_id, fault.headers)
        elif kind == "stream_error" and not self._wants_stream(request):
            failure = APIFailure(
                fault.status, fault.resolved_error_type, fault.message or "Overloaded"
            )
            self._send_error(failure, request_id, fault.headers)
        else:
            return False
        return True

    @staticmethod
    def _wants_stream(request: Request) -> bool:
        try:
            body = request.json()
        except ValueError:
            return False
        return isinstance(body, dict) and body.get("stream") is True

    def _hang(self, seconds: float) -> None:
        """Send nothing until `seconds` pass, the client leaves, or the server stops."""
        self.close_connection = True
        sock = self.connection
        waited = 0.0
        while waited < seconds and not self.api.wait(0.05):
            waited += 0.05
            with contextlib.suppress(OSError):
                sock.setblocking(False)
                try:
                    if sock.recv(1, socket.MSG_PEEK) == b"":
                        break  # the client closed its end
                except BlockingIOError:
                    pass
                finally:
                    sock.setblocking(True)

    # --- writing -----------------------------------------------------------------------------

    def _head(
        self,
        status: int,
        content_type: str,
        request_id: str | None,
        headers: Mapping[str, str],
        length: int | None,
    ) -> None:
        self.send_response(status)
        self.send_header("content-type", content_type)
        if length is None:
            self.send_header("transfer-encoding", "chunked")
        else:
            self.send_header("content-length", str(length))
        if request_id is not None:
            self.send_header("request-id", request_id)
            self.send_header("anthropic-organization-id", ORGANIZATION_ID)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def _send_raw(
        self,
        status: int,
        content_type: str,
        body: bytes,
        request_id: str | None,
        headers: Mapping[str, str],
    ) -> None:
        self._head(status, content_type, request_id, headers, len(body))
        self.wfile.write(body)

    def _send_error(self, failure: APIFailure, request_id: str, headers: Mapping[str, str]) -> None:
        error: dict[str, Any] = {"type": failure.error_type, "message": failure.message}
        if failure.details is not None:
            error["details"] = dict(failure.details)
        body = {"type": "error", "error": error, "request_id": request_id}
        data = json.dumps(body).encode()
        self._send_raw(failure.status, "application/json", data, request_id, headers)

    def _send(self, reply: Reply, request_id: str, fault: Fault | None) -> None:
        if reply.events is not None:
            return self._send_events_until_gone(reply, request_id, fault)
        if reply.lines is not None:
            data = b"".join(json.dumps(line).encode() + b"\n" for line in reply.lines)
            content_type = "application/x-jsonl"
        elif reply.content is not None:
            data, content_type = reply.content, reply.content_type
        else:
            data, content_type = json.dumps(reply.body).encode(), "application/json"
        kind = fault.kind if fault is not None else None
        if kind == "reset_mid_body":
            self._head(reply.status, content_type, request_id, reply.headers, len(data))
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            return self._drop()
        if kind == "cut_stream":
            data = data[: len(data) // 2]
        self._send_raw(reply.status, content_type, data, request_id, reply.headers)

    def _send_events_until_gone(self, reply: Reply, request_id: str, fault: Fault | None) -> None:
        # Open streams (session events) end when the client leaves: not a server error.
        try:
            self._send_events(reply, request_id, fault)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _send_events(self, reply: Reply, request_id: str, fault: Fault | None) -> None:
        assert reply.events is not None
        headers = {"cache-control": "no-cache", **reply.headers}
        self._head(reply.status, reply.stream_type, request_id, headers, None)
        frame_of = reply.framer or _frame
        kind = fault.kind if fault is not None else None
        limit = fault.after_events if fault is not None else -1
        write, flush = self.wfile.write, self.wfile.flush
        for sent, (event, data) in enumerate(reply.events):
            if sent == limit and kind == "reset_mid_body":
                flush()
                return self._drop()
            if sent == limit and kind == "cut_stream":
                frame = frame_of(event, data)
                write(_chunk(frame[: len(frame) // 2]))
                break
            if sent == limit and kind == "stream_error" and fault is not None:
                error = {
                    "type": "error",
                    "error": {
                        "type": fault.resolved_error_type,
                        "message": fault.message or "Overloaded",
                    },
                    "request_id": request_id,
                }
                write(_chunk(frame_of("error", error)))
                break
            write(_chunk(frame_of(event, data)))
            flush()
        write(b"0\r\n\r\n")
        flush()


def _default_message(status: int) -> str:
    return {
        429: "Number of requests has exceeded your rate limit",
        529: "Overloaded",
        500: "Internal server error",
    }.get(status, f"simulated error {status}")


@contextlib.contextmanager
def local_api(
    *,
    api_key: str = TEST_API_KEY,
    auth_token: str | None = None,
    batch_polls: int = 0,
    document: Document | None = None,
) -> Iterator[LocalAPIServer]:
    """Run a LocalAPIServer on 127.0.0.1 for the duration of the block.

    Args:
        api_key: The key the server accepts (`x-api-key`, or as a bearer token); its clients
            (`server.client()`) use it.
        auth_token: Also accept this bearer token.
        batch_polls: How many retrieves a batch stays `in_progress` before it ends (0: it ends
            at once, so `wait_for_batch` returns on its first poll).
        document: The OpenAPI document to serve (default: the one bundled with the package).
    """
    with LocalAPIServer(
        api_key=api_key, auth_token=auth_token, batch_polls=batch_polls, document=document
    ) as server:
        yield server


def _accepted_versions(operation: Operation) -> frozenset[str]:
    """The `anthropic-version` values the document lists for this operation."""
    for parameter in operation.parameters:
        if parameter.get("in") == "header" and parameter.get("name") == "anthropic-version":
            listed = parameter.get("schema", {}).get("enum")
            if listed:
                return frozenset(str(v) for v in listed)
    return API_VERSIONS


def _check_size(size: int, limit: int | None) -> None:
    if limit is not None and size > limit:
        raise APIFailure(
            413, error_type_for(413), f"request body is {size} bytes, over the limit of {limit}"
        )
