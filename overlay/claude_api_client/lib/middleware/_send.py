"""One fallback request: sent, and sent once more without `speed` when fast mode was what the
fallback model had no capacity for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._params import without_fast_speed

if TYPE_CHECKING:
    from ..._core._middleware import APIRequest, AsyncCallNext, CallNext
    from ..._core._response import APIResponse, AsyncAPIResponse
    from ...types._params.fallback_config_param import FallbackConfigParam

__all__ = ["asend_hop", "send_hop"]


def send_hop(
    request: APIRequest, entry: FallbackConfigParam, call_next: CallNext
) -> tuple[APIResponse[Any], FallbackConfigParam]:
    """The response to `request` (made for `entry`), and the entry any later request of this
    hop is made from: `entry` itself, or with `speed` removed when the retry dropped it."""
    response = call_next(request)
    again = without_fast_speed(request, entry, response.status_code)
    if again is None:
        return response, entry
    response.close()
    return call_next(again), {**entry, "speed": None}


async def asend_hop(
    request: APIRequest, entry: FallbackConfigParam, call_next: AsyncCallNext
) -> tuple[AsyncAPIResponse[Any], FallbackConfigParam]:
    """`send_hop` on the async client."""
    response = await call_next(request)
    again = without_fast_speed(request, entry, response.status_code)
    if again is None:
        return response, entry
    await response.close()
    return await call_next(again), {**entry, "speed": None}
