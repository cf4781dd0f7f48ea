"""The non-streaming chain: a declined message is asked again of each fallback in turn, and the
accepted message gets one `fallback` block per model that handed over, in front of its content."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ..._core._body import read_capped
from ._params import as_dict, hop_body, seam_block
from ._send import rewrapped, send_hop

if TYPE_CHECKING:
    from ..._core._middleware import APIRequest
    from ..._core._sync_async import IO
    from ...types._params.fallback_config_param import FallbackConfigParam

__all__ = ["Walk", "refusal_details", "run_chain"]


def _loads(content: bytes) -> dict[str, Any] | None:
    try:
        return as_dict(json.loads(content))
    except ValueError:
        return None


async def _body_json(response: httpx.Response, io: IO) -> dict[str, Any] | None:
    """The JSON object of a response (read here, within `MAX_RESPONSE_BYTES`, if still unread)."""
    if response.is_stream_consumed:
        return _loads(response.content)
    return _loads(await read_capped(response, io))


def refusal_details(message: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The `stop_details` of a declined message (`stop_reason: "refusal"`); `{}` when it has
    none, None when the message was not declined."""
    if message is None or message.get("stop_reason") != "refusal":
        return None
    details = as_dict(message.get("stop_details"))
    return details if details is not None and details.get("type") == "refusal" else {}


def _token(details: Mapping[str, Any]) -> str | None:
    token = details.get("fallback_credit_token")
    return token if isinstance(token, str) and token else None


def _with_seams(response: httpx.Response, seams: list[dict[str, Any]]) -> httpx.Response | None:
    """A copy of the (read) accepted response whose message starts with `seams`."""
    message = _loads(response.content)
    if message is None or not isinstance(message.get("content"), list):
        return None
    body = json.dumps({**message, "content": [*seams, *message["content"]]}).encode()
    headers = httpx.Headers(response.headers)
    for name in ("content-encoding", "content-length"):
        headers.pop(name, None)
    return httpx.Response(
        response.status_code, headers=headers, content=body, request=response.request
    )


class Walk:
    """Where a non-streaming chain stands: the entry reached and the seams so far."""

    def __init__(self, params: dict[str, Any], start: int, first_model: str) -> None:
        self.params = params
        self.index = start
        self.from_model = first_model
        self.seams: list[dict[str, Any]] = []

    def next_request(
        self,
        request: APIRequest,
        fallbacks: tuple[FallbackConfigParam, ...],
        message: dict[str, Any] | None,
        pin: Callable[[int], None],
    ) -> tuple[APIRequest, FallbackConfigParam, object] | None:
        """The retry of a declined `message` on the next entry (None: the chain stops here)."""
        details = refusal_details(message)
        if details is None or self.index >= len(fallbacks) - 1:
            return None
        self.index += 1
        pin(self.index)
        entry = fallbacks[self.index]
        body = hop_body(self.params, entry, _token(details))
        return request.copy(body=body), entry, details.get("category")

    def accepted(self, entry: FallbackConfigParam, category: object) -> None:
        to_model = str(entry["model"])
        self.seams.append(seam_block(self.from_model, to_model, category))
        self.from_model = to_model


async def run_chain(
    walk: Walk,
    request: APIRequest,
    response: Any,
    fallbacks: tuple[FallbackConfigParam, ...],
    call_next: Any,
    pin: Callable[[int], None],
    io: IO,
) -> Any:
    """Follow the chain from `response` (a 2xx to the request at `walk.index`; an `APIResponse`,
    or an `AsyncAPIResponse` with the async `call_next` and `io`). A failed fallback request ends
    it: its response is what the caller gets (raised as its error)."""
    while response.http_response.is_success:
        message = await _body_json(response.http_response, io)
        step = walk.next_request(request, fallbacks, message, pin)
        if step is None:
            break
        retry, entry, category = step
        response, _ = await send_hop(retry, entry, call_next, io)
        if response.http_response.is_success:
            walk.accepted(entry, category)
    if not walk.seams or not response.http_response.is_success:
        return response
    if refusal_details(await _body_json(response.http_response, io)) is not None:
        return response
    seamed = _with_seams(response.http_response, walk.seams)
    if seamed is None:
        return response
    return rewrapped(seamed, response, io)
