"""Wire-level helpers shared by the test suites (written here, independent of the SDK's own code).

Importable from any test module: pytest puts tests/ on sys.path for the root conftest.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
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
