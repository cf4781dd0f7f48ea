"""The types route handlers share with the server: a request seen, a call to answer, a reply."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._state import State

__all__ = ["APIFailure", "Call", "Handler", "Reply", "Request"]


class APIFailure(Exception):
    """An error answer: status, error type and message, as the API would send them."""

    def __init__(
        self,
        status: int,
        error_type: str,
        message: str,
        *,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.error_type, self.message = status, error_type, message
        self.details = details
        """`error.details` (`{"error_code": ...}`) when the API names the cause."""


@dataclass
class Request:
    """A request as the server saw it (kept in `server.requests` for assertions)."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    """Lower-cased names."""
    body: bytes
    params: dict[str, str] = field(default_factory=dict)
    """Path parameters of the matched operation."""
    operation_id: str | None = None
    """The document's operation the request matched, if any."""
    request_id: str | None = None
    """The `request-id` the server answered with."""

    def json(self) -> Any:
        """The body decoded as JSON (an empty body is None)."""
        return json.loads(self.body) if self.body else None

    def arg(self, name: str) -> str | None:
        """The last value of query parameter `name`, or None."""
        values = self.query.get(name)
        return values[-1] if values else None

    @property
    def betas(self) -> list[str]:
        """The names in the `anthropic-beta` header."""
        raw = self.headers.get("anthropic-beta", "")
        return [name.strip() for name in raw.split(",") if name.strip()]

    def __repr__(self) -> str:
        return f"<Request {self.method} {self.path} operation={self.operation_id}>"


@dataclass
class Reply:
    """A successful answer: a JSON body, SSE events, JSON lines or raw bytes."""

    status: int = 200
    body: Any = None
    events: Iterator[tuple[str, dict[str, Any]]] | None = None
    lines: list[dict[str, Any]] | None = None
    content: bytes | None = None
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Call:
    """What a handler gets: the request, its validated body and query, the server's memory."""

    request: Request
    body: Any
    """The JSON body, or the multipart form as a dict (file parts as `Part`), or None."""
    query: dict[str, Any]
    """Query parameters of the operation, converted to their schema types."""
    state: State
    settings: Any
    """The server's settings object (`batch_polls` …)."""
    document: Any = None
    """The server's `Document` (operations, schemas, examples), for document-driven answers."""

    @property
    def params(self) -> dict[str, str]:
        return self.request.params


Handler = Callable[[Call], Reply]
