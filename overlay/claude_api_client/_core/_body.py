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

    from ._sync_async import IO


async def read_capped(response: httpx.Response, io: IO) -> bytes:
    """The body of `response`, read whole and kept (`response.content`, as httpx's own `read()`
    keeps it) through the client's I/O steps (`io`). The response is closed after it, or when
    the read fails; past the cap, `ResponseTooLargeError`."""
    kept: list[bytes] = []
    size = 0
    chunks = io.chunks(response)
    try:
        while (chunk := await io.next(chunks)) is not None:
            size += len(chunk)
            if size > MAX_RESPONSE_BYTES:
                what = "The response body (decompressed)"
                raise response_too_large(response, what, MAX_RESPONSE_BYTES)
            kept.append(chunk)
    finally:
        await io.close(response)
    response._content = content = b"".join(kept)
    return content
