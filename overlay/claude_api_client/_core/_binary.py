"""Binary responses (file and skill downloads): the body stays on the wire until it is used.

A download is an `APIResponse[bytes]` (as the official `BinaryAPIResponse`) that also closes on
leaving a `with` block and can copy its body to disk one chunk at a time (`write_to_file`), so
memory stays flat whatever the size.
"""

from __future__ import annotations

import contextlib
import email.message
import os
import pathlib
from typing import IO, TypeAlias

import httpx

from ._closing import AsyncClosing, Closing
from ._response import APIResponse, AsyncAPIResponse

DEFAULT_CHUNK_SIZE = 64 * 1024

_File: TypeAlias = "str | os.PathLike[str] | IO[bytes]"


def _content(response: httpx.Response) -> bytes:
    return response.content


def _target(file: _File) -> contextlib.AbstractContextManager[IO[bytes]]:
    """Where `write_to_file` writes: a path opened (created or truncated) and closed after, or
    the caller's writable as it is (left open)."""
    if isinstance(file, (str, os.PathLike)):
        return open(file, "wb")
    return contextlib.nullcontext(file)


class _Download:
    """What a download's headers say (both forms)."""

    http_response: httpx.Response

    @property
    def response(self) -> httpx.Response:
        return self.http_response

    @property
    def content_type(self) -> str | None:
        """The media type without parameters, e.g. `application/pdf`."""
        value = self.http_response.headers.get("content-type")
        if not value:
            return None
        return str(value).split(";", 1)[0].strip() or None

    @property
    def filename(self) -> str | None:
        """The name suggested by `content-disposition` (RFC 6266, `filename*` included), reduced
        to its last path component so that it is safe to use as a local file name."""
        value = self.http_response.headers.get("content-disposition")
        if not value:
            return None
        message = email.message.Message()
        message["content-disposition"] = value
        name = message.get_filename()
        last = pathlib.PurePosixPath(name.replace("\\", "/")).name if name else ""
        return last if last not in ("", ".", "..") else None

    @property
    def content_length(self) -> int | None:
        value = self.http_response.headers.get("content-length")
        return int(value) if value is not None and value.isdigit() else None


class BinaryResponse(_Download, APIResponse[bytes], Closing):
    """A downloaded body, not yet read. Use it once: `.read()`, `.iter_bytes()`,
    `.write_to_file()` or `.text()`; each closes the response when the body ends."""

    def __init__(self, response: httpx.Response, *, retries_taken: int = 0) -> None:
        super().__init__(response, _content, retries_taken=retries_taken)

    def write_to_file(self, file: _File, *, chunk_size: int | None = None) -> int:
        """Stream the body into `file` (a path, created or truncated, or a binary writable) one
        chunk at a time. Returns the number of bytes written. A path whose download fails midway
        keeps what was written so far."""
        written = 0
        with _target(file) as target:
            for chunk in self.iter_bytes(chunk_size or DEFAULT_CHUNK_SIZE):
                target.write(chunk)
                written += len(chunk)
        return written

    def stream_to_file(self, file: _File, *, chunk_size: int | None = None) -> None:
        """`write_to_file` under the official streamed response's name."""
        self.write_to_file(file, chunk_size=chunk_size)


class AsyncBinaryResponse(_Download, AsyncAPIResponse[bytes], AsyncClosing):
    """The async twin of BinaryResponse: reading is awaited, chunks come with `async for`."""

    def __init__(self, response: httpx.Response, *, retries_taken: int = 0) -> None:
        super().__init__(response, _content, retries_taken=retries_taken)

    async def write_to_file(self, file: _File, *, chunk_size: int | None = None) -> int:
        """`BinaryResponse.write_to_file`; the writes are blocking calls, one chunk at a time."""
        written = 0
        with _target(file) as target:
            async for chunk in self.iter_bytes(chunk_size or DEFAULT_CHUNK_SIZE):
                target.write(chunk)
                written += len(chunk)
        return written

    async def stream_to_file(self, file: _File, *, chunk_size: int | None = None) -> None:
        """`write_to_file` under the official streamed response's name."""
        await self.write_to_file(file, chunk_size=chunk_size)
