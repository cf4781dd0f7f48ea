"""The local API server: a threaded HTTP server on 127.0.0.1 that answers like the Claude API."""

from __future__ import annotations

import contextlib
import itertools
import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from . import _echo

if TYPE_CHECKING:
    from .._client import Anthropic, AsyncAnthropic

API_VERSION = "2023-06-01"
TEST_API_KEY = "sk-ant-local-test-key"

MODELS = [
    {"id": "claude-opus-4-1", "display_name": "Claude Opus 4.1", "created_at": "2025-08-05T00:00:00Z"},
    {"id": "claude-sonnet-4-5", "display_name": "Claude Sonnet 4.5", "created_at": "2025-09-29T00:00:00Z"},
    {"id": "claude-haiku-4-5", "display_name": "Claude Haiku 4.5", "created_at": "2025-10-01T00:00:00Z"},
]


class APIFailure(Exception):
    """An error response: status, error type and message, as the API would send them."""

    def __init__(self, status: int, error_type: str, message: str) -> None:
        super().__init__(message)
        self.status, self.error_type, self.message = status, error_type, message


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    params: dict[str, str] = field(default_factory=dict)

    def json(self) -> dict[str, Any]:
        try:
            data = json.loads(self.body or b"{}")
        except ValueError:
            raise APIFailure(400, "invalid_request_error", "the body is not valid JSON") from None
        if not isinstance(data, dict):
            raise APIFailure(400, "invalid_request_error", "the body must be a JSON object")
        return data

    def arg(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[-1] if values else None


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    events: Iterator[tuple[str, dict[str, Any]]] | None = None
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Request], Reply]


def _require(body: dict[str, Any], name: str, kind: type | tuple[type, ...]) -> Any:
    if name not in body:
        raise APIFailure(400, "invalid_request_error", f"{name}: Field required")
    value = body[name]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise APIFailure(400, "invalid_request_error", f"{name}: Input should be a valid {getattr(kind, '__name__', 'value')}")
    return value


class LocalAPIServer:
    """Serves the Claude API on 127.0.0.1; use as a context manager or call start()/stop()."""

    def __init__(self, *, api_key: str = TEST_API_KEY) -> None:
        self.api_key = api_key
        self.requests: list[Request] = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.route("POST", "/v1/messages", self._messages_create)
        self.route("POST", "/v1/messages/count_tokens", self._count_tokens)
        self.route("GET", "/v1/models", self._models_list)
        self.route("GET", "/v1/models/{model_id}", self._models_retrieve)

    # -- routing ------------------------------------------------------------------------------
    def route(self, method: str, template: str, handler: Handler) -> None:
        """Answer `method` requests on `template` (with `{name}` path parameters) with `handler`."""
        pattern = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$")
        self._routes.insert(0, (method, pattern, handler))

    def dispatch(self, request: Request) -> Reply:
        for method, pattern, handler in self._routes:
            match = pattern.match(request.path)
            if match and method == request.method:
                request.params = match.groupdict()
                self._check_headers(request)
                return handler(request)
        raise APIFailure(404, "not_found_error", f"no route for {request.method} {request.path}")

    def _check_headers(self, request: Request) -> None:
        key = request.headers.get("x-api-key")
        bearer = request.headers.get("authorization", "")
        if key is None and not bearer.startswith("Bearer "):
            raise APIFailure(401, "authentication_error", "x-api-key header is required")
        if key is not None and key != self.api_key:
            raise APIFailure(401, "authentication_error", "invalid x-api-key")
        if request.headers.get("anthropic-version") is None:
            raise APIFailure(400, "invalid_request_error", "anthropic-version: header is required")

    def next_id(self, prefix: str) -> str:
        with self._lock:
            return f"{prefix}_local{next(self._ids):06d}"

    # -- endpoints ----------------------------------------------------------------------------
    def _messages_create(self, request: Request) -> Reply:
        body = request.json()
        _require(body, "model", str)
        max_tokens = _require(body, "max_tokens", int)
        if max_tokens < 1:
            raise APIFailure(400, "invalid_request_error", "max_tokens: Input should be greater than or equal to 1")
        messages = _require(body, "messages", list)
        if not messages:
            raise APIFailure(400, "invalid_request_error", "messages: at least one message is required")
        message = _echo.reply(body, self.next_id("msg"))
        if body.get("stream") is True:
            return Reply(events=_echo.stream_events(message))
        return Reply(body=message)

    def _count_tokens(self, request: Request) -> Reply:
        body = request.json()
        _require(body, "model", str)
        _require(body, "messages", list)
        return Reply(body={"input_tokens": _echo.count_tokens(body)})

    def _models_list(self, request: Request) -> Reply:
        limit = int(request.arg("limit") or 20)
        ids = [m["id"] for m in MODELS]
        after, before = request.arg("after_id"), request.arg("before_id")
        if before is not None:
            end = ids.index(before) if before in ids else len(ids)
            page = MODELS[max(0, end - limit) : end]
            has_more = end - limit > 0
        else:
            start = ids.index(after) + 1 if after in ids else 0
            page = MODELS[start : start + limit]
            has_more = start + limit < len(ids)
        data = [{"type": "model", **m} for m in page]
        return Reply(body={
            "data": data,
            "has_more": has_more,
            "first_id": data[0]["id"] if data else None,
            "last_id": data[-1]["id"] if data else None,
        })

    def _models_retrieve(self, request: Request) -> Reply:
        for model in MODELS:
            if model["id"] == request.params["model_id"]:
                return Reply(body={"type": "model", **model})
        raise APIFailure(404, "not_found_error", f"model: {request.params['model_id']}")

    # -- lifecycle ----------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("the server is not running; call start() or use it as a context manager")
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> LocalAPIServer:
        server = self

        class _Handler(_RequestHandler):
            api = server

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="claude-local-api", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> LocalAPIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def client(self, **options: Any) -> Anthropic:
        """A client for this server (the test key unless `api_key=` is given)."""
        from .._client import Anthropic

        options.setdefault("api_key", self.api_key)
        return Anthropic(base_url=self.base_url, **options)

    def async_client(self, **options: Any) -> AsyncAnthropic:
        from .._client import AsyncAnthropic

        options.setdefault("api_key", self.api_key)
        return AsyncAnthropic(base_url=self.base_url, **options)


class _RequestHandler(BaseHTTPRequestHandler):
    api: LocalAPIServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read requests instead
        return

    def _handle(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        url = urlsplit(self.path)
        request = Request(
            method=self.command,
            path=url.path,
            query=parse_qs(url.query),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=self.rfile.read(length) if length else b"",
        )
        self.api.requests.append(request)
        request_id = self.api.next_id("req")
        try:
            reply = self.api.dispatch(request)
        except APIFailure as failure:
            reply = Reply(status=failure.status, body={
                "type": "error",
                "error": {"type": failure.error_type, "message": failure.message},
                "request_id": request_id,
            })
        if reply.events is not None:
            self._send_events(reply, request_id)
        else:
            self._send_json(reply, request_id)

    def _send_json(self, reply: Reply, request_id: str) -> None:
        data = json.dumps(reply.body).encode()
        self.send_response(reply.status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.send_header("request-id", request_id)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _send_events(self, reply: Reply, request_id: str) -> None:
        self.send_response(reply.status)
        self.send_header("content-type", "text/event-stream")
        self.send_header("cache-control", "no-cache")
        self.send_header("request-id", request_id)
        self.send_header("connection", "close")
        self.end_headers()
        assert reply.events is not None
        for event, data in reply.events:
            self.wfile.write(f"event: {event}\ndata: {json.dumps(data)}\n\n".encode())
            self.wfile.flush()
        self.close_connection = True

    do_GET = do_POST = do_DELETE = _handle


@contextlib.contextmanager
def local_api(**options: Any) -> Iterator[LocalAPIServer]:
    """Run a LocalAPIServer for the duration of the block."""
    with LocalAPIServer(**options) as server:
        yield server
