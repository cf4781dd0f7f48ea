"""Misbehaviour on demand: what the server should do instead of answering a request properly.

A :class:`Fault` describes one bad answer; a :class:`FaultPlan` holds, per route, the faults the
next matching requests get, in order. Once a route's faults are used up it answers normally again.

Routes are named by operation id (``"messages_create"``), by ``"METHOD /template"``
(``"GET /v1/models/{model_id}"``), by ``"METHOD /path"`` (``"GET /v1/models/claude-opus-4-1"``),
or ``None`` for any request.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from .._error_table import ERROR_TYPES

__all__ = ["Fault", "FaultKind", "FaultPlan", "error_type_for", "status_for"]

FaultKind = Literal[
    "status",
    "slow",
    "reset_before_headers",
    "reset_mid_body",
    "cut_stream",
    "stream_error",
    "malformed_json",
    "proxy_html",
    "hang",
]

# The error type the API sends with each status: the document's error table read backwards.
_TYPE_OF_STATUS = {status: error_type for error_type, (status, _) in ERROR_TYPES.items()}


def error_type_for(status: int) -> str:
    """The error `type` the API sends with `status` (one our document's error union knows)."""
    if status in _TYPE_OF_STATUS:
        return _TYPE_OF_STATUS[status]
    return "api_error" if status >= 500 else "invalid_request_error"


def status_for(error_type: str) -> int:
    """The HTTP status of an error `type` (500 for a type the document does not know)."""
    known = ERROR_TYPES.get(error_type)
    return known[0] if known is not None else 500


@dataclass(frozen=True)
class Fault:
    """One bad answer. Build them with the class methods; `latency` delays any of them."""

    kind: FaultKind = "status"
    status: int = 500
    headers: Mapping[str, str] = field(default_factory=dict)
    error_type: str | None = None
    message: str | None = None
    latency: float = 0.0
    """Seconds to wait (bounded by the server's life) before doing the rest."""
    after_events: int = 3
    """For stream faults: how many complete events are sent first."""
    hang_seconds: float = 30.0
    """For a hang: the longest the server holds the request before closing the connection."""

    @property
    def resolved_error_type(self) -> str:
        return self.error_type or error_type_for(self.status)

    # --- builders ----------------------------------------------------------------------------

    @classmethod
    def error(
        cls,
        status: int,
        *,
        headers: Mapping[str, str] | None = None,
        error_type: str | None = None,
        message: str | None = None,
        latency: float = 0.0,
    ) -> Fault:
        """An error response: `status`, headers (`retry-after`, `x-should-retry` …) and a
        schema-valid error body with the request id."""
        return cls("status", status, dict(headers or {}), error_type, message, latency)

    @classmethod
    def slow(cls, latency: float) -> Fault:
        """A normal answer after `latency` seconds."""
        return cls("slow", 200, latency=latency)

    @classmethod
    def reset_before_headers(cls) -> Fault:
        """Read the request, then reset the connection (TCP RST) without answering."""
        return cls("reset_before_headers")

    @classmethod
    def reset_mid_body(cls, *, after_events: int = 3) -> Fault:
        """Send the status line, the headers and part of the body, then reset the connection."""
        return cls("reset_mid_body", 200, after_events=after_events)

    @classmethod
    def cut_stream(cls, *, after_events: int = 3) -> Fault:
        """End a stream cleanly but in the middle of an event (after `after_events` whole ones);
        a JSON body is cut in half instead."""
        return cls("cut_stream", 200, after_events=after_events)

    @classmethod
    def stream_error(
        cls,
        error_type: str = "overloaded_error",
        *,
        message: str | None = None,
        after_events: int = 3,
    ) -> Fault:
        """A 200 stream that sends `event: error` after `after_events` events; a non-streaming
        request gets the matching error status instead."""
        return cls(
            "stream_error",
            status_for(error_type),
            {},
            error_type,
            message,
            after_events=after_events,
        )

    @classmethod
    def malformed_json(cls) -> Fault:
        """A 200 `application/json` answer whose body is not valid JSON."""
        return cls("malformed_json", 200)

    @classmethod
    def proxy_html(cls, status: int = 502) -> Fault:
        """An HTML error page from a proxy in front of the API: no JSON, no request id."""
        return cls("proxy_html", status)

    @classmethod
    def hang(cls, seconds: float = 30.0) -> Fault:
        """Say nothing for up to `seconds` (or until the client leaves or the server stops)."""
        return cls("hang", hang_seconds=seconds)


def _route_matches(
    route: str | None, operation_id: str | None, method: str, template: str | None, path: str
) -> bool:
    if route is None:
        return True
    if route == operation_id:
        return True
    verb, _, where = route.partition(" ")
    if verb.upper() != method:
        return False
    return where in (template, path)


class FaultPlan:
    """Faults waiting for requests, per route, used up in order (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queues: list[tuple[str | None, deque[Fault]]] = []

    def add(self, faults: Iterable[Fault], route: str | None = None) -> None:
        """Queue `faults` for the next requests on `route` (after any already queued there)."""
        with self._lock:
            for name, queue in self._queues:
                if name == route:
                    queue.extend(faults)
                    return
            self._queues.append((route, deque(faults)))

    def take(
        self, operation_id: str | None, method: str, template: str | None, path: str
    ) -> Fault | None:
        """The fault for this request, if one is queued: specific routes before `None`."""
        with self._lock:
            ordered = sorted(self._queues, key=lambda item: item[0] is None)
            for route, queue in ordered:
                if queue and _route_matches(route, operation_id, method, template, path):
                    return queue.popleft()
        return None

    def pending(self) -> int:
        """How many faults have not been used yet."""
        with self._lock:
            return sum(len(queue) for _, queue in self._queues)

    def clear(self) -> None:
        with self._lock:
            self._queues.clear()
