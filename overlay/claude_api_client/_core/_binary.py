"""Binary responses (file and skill downloads): the body stays on the wire until it is used.

`BinaryResponse` holds an open response. Read it whole with `.read()` (small files), stream it
with `.iter_bytes()`, or copy it to disk with `.write_to_file(path_or_writable)`, which moves one
chunk at a time, so memory stays flat whatever the size. Each of these closes the response when
the body ends; `close()` or leaving a `with` block closes it early.
"""

from __future__ import annotations

import contextlib
import email.message
import os
import pathlib
from collections.abc import AsyncIterator, Iterator
from typing import IO, Any

import httpx

from ._closing import AsyncClosing, Closing
from ._errors import connection_error

__all__ = ["AsyncBinaryResponse", "BinaryResponse"]

DEFAULT_CHUNK_SIZE = 64 * 1024


def _filename_from(headers: httpx.Headers) -> str | None:
    """The file name a `content-disposition` header suggests (RFC 6266, including `filename*`),
    reduced to its last path component so that it is safe to use as a local file name."""
    value = headers.get("content-disposition")
    if not value:
        return None
    message = email.message.Message()
    message["content-disposition"] = value
    name = message.get_filename()
    if not name:
        return None
    last = pathlib.PurePosixPath(name.replace("\\", "/")).name
    return last if last not in ("", ".", "..") else None


def _target(
    file: str | os.PathLike[str] | IO[bytes],
) -> contextlib.AbstractContextManager[IO[bytes]]:
    """Where `write_to_file` writes: a path opened (created or truncated) and closed after, or
    the caller's writable as it is (left open)."""
    if isinstance(file, (str, os.PathLike)):
        return open(file, "wb")
    return contextlib.nullcontext(file)


class _BaseBinaryResponse:
    def __init__(self, response: httpx.Response, *, retries_taken: int = 0) -> None:
        self.response = response
        self.retries_taken = retries_taken

    def __reduce__(self) -> Any:
        raise TypeError(
            f"{type(self).__name__} cannot be pickled (it holds the request's credentials)"
        )

    @property
    def http_response(self) -> httpx.Response:
        return self.response

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def request_id(self) -> str | None:
        value: str | None = self.response.headers.get("request-id")
        return value

    @property
    def content_type(self) -> str | None:
        """The media type without parameters, e.g. `application/pdf`."""
        value = self.response.headers.get("content-type")
        if not value:
            return None
        return str(value).split(";", 1)[0].strip() or None

    @property
    def filename(self) -> str | None:
        """The name suggested by `content-disposition` (last path component only), if any."""
        return _filename_from(self.response.headers)

    @property
    def content_length(self) -> int | None:
        value = self.response.headers.get("content-length")
        return int(value) if value is not None and value.isdigit() else None

    @property
    def is_closed(self) -> bool:
        return self.response.is_closed

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} [{self.status_code}] content_type={self.content_type!r} "
            f"request_id={self.request_id!r}>"
        )


class BinaryResponse(Closing, _BaseBinaryResponse):
    """A downloaded body, not yet read. Use it once: `.read()`, `.iter_bytes()`,
    `.write_to_file()` or `.text()`."""

    def read(self) -> bytes:
        """The whole body (then closed). For large files prefer `write_to_file`."""
        try:
            return self.response.read()
        except httpx.HTTPError as error:
            raise connection_error(error, self.response.request, self.response) from error
        finally:
            self.response.close()

    def text(self) -> str:
        """The body decoded with the response's charset (UTF-8 by default)."""
        self.read()
        return self.response.text

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks as they arrive; the response is closed at the end."""
        try:
            yield from self.response.iter_bytes(chunk_size)
        except httpx.HTTPError as error:
            raise connection_error(error, self.response.request, self.response) from error
        finally:
            self.response.close()

    def write_to_file(self, file: str | os.PathLike[str] | IO[bytes]) -> int:
        """Stream the body into `file` (a path, created or truncated, or a binary writable) one
        chunk at a time. Returns the number of bytes written. A path whose download fails midway
        keeps what was written so far."""
        written = 0
        with _target(file) as target:
            for chunk in self.iter_bytes(DEFAULT_CHUNK_SIZE):
                target.write(chunk)
                written += len(chunk)
        return written

    def close(self) -> None:
        self.response.close()


class AsyncBinaryResponse(AsyncClosing, _BaseBinaryResponse):
    """The async twin of BinaryResponse: reading is awaited, chunks come with `async for`."""

    async def read(self) -> bytes:
        try:
            return await self.response.aread()
        except httpx.HTTPError as error:
            raise connection_error(error, self.response.request, self.response) from error
        finally:
            await self.response.aclose()

    async def text(self) -> str:
        await self.read()
        return self.response.text

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.HTTPError as error:
            raise connection_error(error, self.response.request, self.response) from error
        finally:
            await self.response.aclose()

    async def write_to_file(self, file: str | os.PathLike[str] | IO[bytes]) -> int:
        """Stream the body into `file` (a path or a binary writable); returns the bytes written.
        Writes to the file are blocking calls, one chunk at a time."""
        written = 0
        with _target(file) as target:
            async for chunk in self.iter_bytes(DEFAULT_CHUNK_SIZE):
                target.write(chunk)
                written += len(chunk)
        return written

    async def close(self) -> None:
        await self.response.aclose()
