"""Wire-level helpers of the test suites: a chunked body, the one SSE encoder and parser.

Importable from any test module: pytest puts tests/ on sys.path for the root conftest.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import httpx


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body served in the given pieces; ``fail`` is raised after them (a broken connection)."""

    def __init__(self, pieces: list[bytes], fail: Exception | None = None) -> None:
        self.pieces = pieces
        self.fail = fail
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self.pieces
        if self.fail is not None:
            raise self.fail

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            yield piece
        if self.fail is not None:
            raise self.fail

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def sse_json_events(body: bytes) -> list[tuple[str, Any]]:
    """The (event, JSON data) pairs of an SSE body, parsed plainly by the test itself."""
    events: list[tuple[str, Any]] = []
    text = body.decode("utf-8").replace("\r\n", "\n")
    for block in text.split("\n\n"):
        name, data = "message", []
        for line in block.split("\n"):
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].lstrip(" "))
        if data:
            events.append((name, json.loads("\n".join(data))))
    return events


def sse_event(name: str, data: object, *, compact: bool = False) -> bytes:
    """One SSE event as the API writes it: `event:` then `data:` (JSON), then a blank line."""
    separators = (",", ":") if compact else None
    text = json.dumps(data, ensure_ascii=False, separators=separators)
    return f"event: {name}\ndata: {text}\n\n".encode()


def sse_body(events: Iterable[tuple[str, object]], *, compact: bool = False) -> bytes:
    """Many events, in order."""
    return b"".join(sse_event(name, data, compact=compact) for name, data in events)
