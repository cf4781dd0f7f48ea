"""Reading a whole response body with a cap on its decompressed size.

httpx inflates gzip / deflate / brotli bodies as they are read, without a limit: a small body on
the wire can become gigabytes. Bodies read whole (JSON answers and error bodies) go through
`read_capped`, which stops past the cap with a typed error (`ResponseTooLargeError`).
"""

from __future__ import annotations

import httpx

from ._errors import response_too_large

__all__ = ["aread_capped", "read_capped"]

_WHAT = "The response body (decompressed)"


def _keep(response: httpx.Response, chunks: list[bytes]) -> None:
    # What httpx's own `read()` stores; `response.content` and `.json()` then work as usual.
    response._content = b"".join(chunks)


def read_capped(response: httpx.Response, limit: int) -> bytes:
    """Read the body of `response` (at most `limit` bytes once decompressed) and keep it."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            response.close()
            raise response_too_large(response, _WHAT, limit)
        chunks.append(chunk)
    _keep(response, chunks)
    return response.content


async def aread_capped(response: httpx.Response, limit: int) -> bytes:
    """The async form of `read_capped`."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            await response.aclose()
            raise response_too_large(response, _WHAT, limit)
        chunks.append(chunk)
    _keep(response, chunks)
    return response.content
