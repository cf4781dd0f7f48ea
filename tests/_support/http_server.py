"""A standard-library HTTP server on 127.0.0.1 for a test's own handler (for exchanges above the
byte level; `raw_server` is the byte-level one)."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TypeVar

__all__ = ["HTTPServing", "QuietHandler", "serving"]

_S = TypeVar("_S", bound="HTTPServing")


class QuietHandler(BaseHTTPRequestHandler):
    """A test's handler: logs nothing to stderr, and sends a whole answer with `answer`."""

    def answer(
        self,
        status: int,
        content_type: str,
        body: bytes,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """`body` with its type and length, then `headers`."""
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class HTTPServing:
    """Serves `handler` on a free port between `__enter__` and `__exit__`; a test server with
    state of its own subclasses it. `base_url` is `http://127.0.0.1:N`."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True  # a connection the client left open holds nothing up
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self: _S) -> _S:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve `handler` on a free port for the block; gives the base URL (`http://127.0.0.1:N`)."""
    with HTTPServing(handler) as server:
        yield server.base_url
