"""One fallback request: sent, and sent once more without `speed` when fast mode was what the
fallback model had no capacity for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._core._response import APIResponse, AsyncAPIResponse
from ._params import without_fast_speed

if TYPE_CHECKING:
    import httpx

    from ..._core._middleware import APIRequest
    from ..._core._sync_async import IO
    from ...types._params.fallback_config_param import FallbackConfigParam

__all__ = ["rewrapped", "send_hop"]


async def send_hop(
    request: APIRequest, entry: FallbackConfigParam, call_next: Any, io: IO
) -> tuple[Any, FallbackConfigParam]:
    """The response to `request` (made for `entry`) through the sync or async `call_next` (see
    `_sync_async`), and the entry any later request of this hop is made from: `entry` itself,
    or with `speed` removed when the retry dropped it."""
    response = await io(call_next(request))
    again = without_fast_speed(request, entry, response.status_code)
    if again is None:
        return response, entry
    await io(response.close())
    return await io(call_next(again)), {**entry, "speed": None}


def rewrapped(raw: httpx.Response, like: Any, io: IO) -> Any:
    """`raw` as the response the middleware hands back in place of `like` (an `APIResponse`,
    an `AsyncAPIResponse` on the async client): parsed and counted as `like` is."""
    kind = AsyncAPIResponse if io.asynchronous else APIResponse
    return kind(raw, like._cast, retries_taken=like.retries_taken)
