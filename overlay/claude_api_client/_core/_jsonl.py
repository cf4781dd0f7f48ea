"""JSON Lines bodies (batch results), parsed one line at a time as the body arrives.

Lines are split on `\\n` in the raw bytes (a JSON string may hold U+2028 and friends, which text
line splitting would cut), a trailing `\\r` is dropped, blank lines are skipped, and each line is
validated with the item model's `model_validate_json`. Only the current chunk and line are held
in memory. The response is closed when the body ends, on `close()`, or when a `with` block exits.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Generator
from typing import Generic, TypeVar

import httpx
import pydantic
from typing_extensions import Self

from ._casts import attach_request_id
from ._closing import AsyncClosing, Closing
from ._constants import MAX_EVENT_BYTES
from ._errors import connection_error, response_too_large
from ._exceptions import APIResponseValidationError

__all__ = ["AsyncJSONLStream", "JSONLStream"]

T = TypeVar("T", bound=pydantic.BaseModel)


class LineTooLongError(ValueError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"a JSONL line is longer than {limit:,} bytes")
        self.limit = limit


class _LineSplitter:
    """Bytes in, complete lines out (numbered from 1, blank ones included in the count).

    A line may hold at most MAX_EVENT_BYTES: the unfinished line is buffered whole.
    """

    def __init__(self) -> None:
        self._pending = bytearray()
        self.line_number = 0

    def feed(self, chunk: bytes) -> list[tuple[int, bytes]]:
        self._pending += chunk
        if b"\n" not in chunk:
            if len(self._pending) > MAX_EVENT_BYTES:
                raise LineTooLongError(MAX_EVENT_BYTES)
            return []
        *complete, rest = bytes(self._pending).split(b"\n")
        self._pending = bytearray(rest)
        if len(rest) > MAX_EVENT_BYTES or any(len(line) > MAX_EVENT_BYTES for line in complete):
            raise LineTooLongError(MAX_EVENT_BYTES)
        return [self._number(line) for line in complete]

    def flush(self) -> list[tuple[int, bytes]]:
        if not self._pending:
            return []
        line = bytes(self._pending)
        self._pending = bytearray()
        return [self._number(line)]

    def _number(self, line: bytes) -> tuple[int, bytes]:
        self.line_number += 1
        return self.line_number, line.removesuffix(b"\r")


class _BaseJSONLStream(Generic[T]):
    def __init__(self, response: httpx.Response, item: Callable[[], type[T]]) -> None:
        self.response = response
        self._item = item
        self._model: type[T] | None = None

    @property
    def request_id(self) -> str | None:
        value: str | None = self.response.headers.get("request-id")
        return value

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    def _values(self, lines: list[tuple[int, bytes]]) -> Generator[T, None, None]:
        """The items of `lines` (numbered), blank lines skipped, each validated from its bytes."""
        if not lines:
            return
        if self._model is None:
            self._model = self._item()
        model = self._model
        request_id = self.request_id
        for number, line in lines:
            if not line.strip():
                continue
            try:
                value = model.model_validate_json(line)
            except pydantic.ValidationError as error:
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
            yield value

    def _read_error(self, error: LineTooLongError | httpx.HTTPError) -> Exception:
        """What to raise for `error` while reading the body: a line over the cap, or a broken
        connection, become ours."""
        if isinstance(error, LineTooLongError):
            return response_too_large(self.response, "A JSONL line", error.limit)
        return connection_error(error, self.response.request, self.response)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} request_id={self.request_id!r}>"


class JSONLStream(Closing, _BaseJSONLStream[T]):
    """Iterate to get one parsed item per line; the response closes at the end."""

    def __init__(self, response: httpx.Response, item: Callable[[], type[T]]) -> None:
        super().__init__(response, item)
        self._iterator = self._items()

    def _items(self) -> Generator[T, None, None]:
        splitter = _LineSplitter()
        try:
            try:
                for chunk in self.response.iter_bytes():
                    yield from self._values(splitter.feed(chunk))
            except (LineTooLongError, httpx.HTTPError) as error:
                raise self._read_error(error) from error
            yield from self._values(splitter.flush())
        finally:
            self.response.close()

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> T:
        return next(self._iterator)

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._iterator.close()
        self.response.close()


class AsyncJSONLStream(AsyncClosing, _BaseJSONLStream[T]):
    """`async for` to get one parsed item per line; the response closes at the end."""

    def __init__(self, response: httpx.Response, item: Callable[[], type[T]]) -> None:
        super().__init__(response, item)
        self._iterator = self._items()

    async def _items(self) -> AsyncGenerator[T, None]:
        splitter = _LineSplitter()
        try:
            try:
                async for chunk in self.response.aiter_bytes():
                    for value in self._values(splitter.feed(chunk)):
                        yield value
            except (LineTooLongError, httpx.HTTPError) as error:
                raise self._read_error(error) from error
            for value in self._values(splitter.flush()):
                yield value
        finally:
            await self.response.aclose()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def close(self) -> None:
        """Stop reading and release the connection."""
        await self._iterator.aclose()
        await self.response.aclose()

    async def aclose(self) -> None:
        await self.close()
