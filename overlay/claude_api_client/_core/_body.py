"""Reading a whole response body within `MAX_RESPONSE_BYTES`, once decompressed: httpx inflates
gzip / deflate / brotli without a limit, so a small body on the wire could become gigabytes.
The send loop reads every error and JSON body through it, and so does middleware that reads an
answer itself (`lib/middleware/_chain.py`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._constants import MAX_RESPONSE_BYTES
from ._errors import response_too_large

if TYPE_CHECKING:
    import httpx


class _Kept:
    """The chunks read so far; past the cap, `ResponseTooLargeError`."""

    __slots__ = ("chunks", "response", "size")

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > MAX_RESPONSE_BYTES:
            what = "The response body (decompressed)"
            raise response_too_large(self.response, what, MAX_RESPONSE_BYTES)
        self.chunks.append(chunk)

    def body(self) -> bytes:
        content = b"".join(self.chunks)
        self.response._content = content  # what httpx's own `read()` keeps: `.content` works
        return content


def read_capped(response: httpx.Response) -> bytes:
    """The body of `response`, read whole and kept (`response.content`); the response is closed
    after it, or when the read fails (past the cap: `ResponseTooLargeError`)."""
    kept = _Kept(response)
    try:
        for chunk in response.iter_bytes():
            kept.add(chunk)
    finally:
        response.close()
    return kept.body()


async def aread_capped(response: httpx.Response) -> bytes:
    """`read_capped` of an async response."""
    kept = _Kept(response)
    try:
        async for chunk in response.aiter_bytes():
            kept.add(chunk)
    finally:
        await response.aclose()
    return kept.body()
