"""JSON Lines bodies (batch results), parsed one line at a time as the body arrives.

Lines are split on `\\n` in the raw bytes (a JSON string may hold U+2028 and friends, which text
line splitting would cut), a trailing `\\r` is dropped, blank lines are skipped, and each line is
validated with the item model's `model_validate_json`. Only the current chunk and line are held
in memory (a line may hold at most `MAX_EVENT_BYTES`). The streams are `_streaming`'s drivers over
`_Lines`: closed when the body ends, on an error, on `close()`, or when a `with` block exits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

import httpx
import pydantic

from ._casts import attach_request_id
from ._constants import MAX_EVENT_BYTES
from ._exceptions import APIResponseValidationError
from ._sse import EventTooLargeError
from ._streaming import _AsyncStream, _BodyStream, _Reader, _SyncStream

T = TypeVar("T", bound=pydantic.BaseModel)


class LineTooLongError(EventTooLargeError):
    what = "A JSONL line"


class _Lines(_Reader[T]):
    """The reader of a JSON Lines body: complete lines validated, numbered from 1 (blank ones
    counted) for the error that names a line."""

    __slots__ = ("_item", "_model", "_numbered", "_pending")

    def __init__(self, response: httpx.Response, item: Callable[[], type[T]]) -> None:
        super().__init__(response)
        self._item = item
        self._model: type[T] | None = None
        self._pending = bytearray()  # the line in progress
        self._numbered = 0  # lines so far

    def batches(self, chunk: bytes) -> Iterator[list[T]]:
        self._pending += chunk
        if b"\n" not in chunk:
            if len(self._pending) > MAX_EVENT_BYTES:
                raise LineTooLongError(MAX_EVENT_BYTES)
            return iter(())
        *lines, self._pending = self._pending.split(b"\n")
        if max(len(line) for line in (*lines, self._pending)) > MAX_EVENT_BYTES:
            raise LineTooLongError(MAX_EVENT_BYTES)
        return self._values(lines)

    def ending(self) -> Iterator[list[T]]:
        return self._values([self._pending] if self._pending else [])

    def _values(self, lines: list[bytearray]) -> Iterator[list[T]]:
        """The items of `lines` as one list (what comes before a line the model refuses is
        given before the error)."""
        first = self._numbered + 1
        self._numbered += len(lines)
        if self._model is None:
            self._model = self._item()
        model = self._model
        request_id = self.response.headers.get("request-id")
        items: list[T] = []
        for number, line in enumerate(lines, first):
            line = line.removesuffix(b"\r")
            if not line.strip():
                continue
            try:
                value = model.model_validate_json(line)
            except pydantic.ValidationError as error:
                yield items
                raise APIResponseValidationError(
                    self.response,
                    line.decode("utf-8", errors="replace"),
                    error=error,
                    message=(
                        f"Line {number} of the JSONL body is not a valid {model.__name__}: "
                        f"{str(error).splitlines()[0]} (request_id: {request_id})"
                    ),
                ) from error
            attach_request_id(value, request_id)
            items.append(value)
        yield items


class _JSONLStream(_BodyStream[T]):
    """The constructor of both JSON Lines streams."""

    def __init__(self, response: httpx.Response, item: Callable[[], type[T]]) -> None:
        self._start(_Lines(response, item))

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers


class JSONLStream(_JSONLStream[T], _SyncStream[T]):
    """Iterate to get one parsed item per line; the response closes at the end."""


class AsyncJSONLStream(_JSONLStream[T], _AsyncStream[T]):
    """`async for` to get one parsed item per line; the response closes at the end."""
