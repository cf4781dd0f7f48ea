"""`BetaRefusalFallbackMiddleware`: the client side of the API's `fallbacks`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..._core._exceptions import AnthropicError
from ..._core._middleware import Middleware
from ..._core._sync_async import ASYNC, IO, SYNC, run
from ._chain import Walk, run_chain
from ._params import apply_entry, as_dict, log, strip_seams, with_chain_headers
from ._send import send_hop
from ._state import active_state
from ._stream import is_event_stream, spliced

if TYPE_CHECKING:
    from ..._core._middleware import APIRequest, AsyncCallNext, CallNext
    from ..._core._response import APIResponse, AsyncAPIResponse
    from ...types._params.anthropic_beta_param import AnthropicBetaParam
    from ...types._params.fallback_config_param import FallbackConfigParam

__all__ = ["DEFAULT_BETAS", "BetaRefusalFallbackMiddleware"]

DEFAULT_BETAS: tuple[str, ...] = ("fallback-credit-2026-07-01",)
"""The betas the middleware adds to the requests it handles unless told otherwise (`betas=`):
the one under which a refusal carries a `fallback_credit_token`."""

_MESSAGES = "/v1/messages"


def _model_of(request: APIRequest) -> str:
    """The model a request asks for, as the caller spelled it."""
    return str((as_dict(request.json) or {}).get("model") or "")


class _Start:
    """Where one call starts in the chain, and how it records the entries it reaches."""

    def __init__(self, middleware: BetaRefusalFallbackMiddleware) -> None:
        state = active_state()
        size = len(middleware.fallbacks)
        index = -1 if state is None or state.index is None else state.index
        if not -1 <= index < size:
            raise AnthropicError(
                f"BetaFallbackState.index is {index}, outside this middleware's {size} "
                "fallbacks: a state belongs to the middleware (chain) that set it"
            )
        self.index = index
        self._state = state
        self._middleware = middleware

    def pin(self, index: int) -> None:
        """Record that the call reached `fallbacks[index]` (in the state, when there is one)."""
        if self._state is not None:
            self._state.index = index
        else:
            self._middleware._warn_without_state()


class BetaRefusalFallbackMiddleware(Middleware):
    """Asks the next model of a fallback chain when a model declines a beta Messages request
    (`stop_reason: "refusal"`), on the client's side, with the API's `fallbacks` wire shape.

    Every entry of `fallbacks` (a `BetaFallbackParam`: `model` and optional `max_tokens`,
    `output_config`, `speed`, `thinking`) describes one retry as changes to the caller's own
    parameters (never to an earlier retry's): a value replaces the caller's, `None` removes
    it, a field left out keeps it; `output_config` is merged the same way field by field. A
    caller's `between_tools` thinking is sent as `disabled` unless the entry sets `thinking`.

    A retry carries the declined answer's `fallback_credit_token` (as `{"token": ...,
    "mode": "best_effort"}`), which prices it as a fallback; the `fallback-credit-2026-07-01`
    beta that makes the API mint these tokens is added to every request the middleware handles
    (change that with `betas=`). A request that sends `fallbacks` itself (the API's own
    chain) is refused with an `AnthropicError`: use one or the other.

    - Without streaming, each declined message is asked again of the next entry until one
      accepts or the chain ends; the accepted message starts with one `fallback` block per
      model that handed over, and keeps its own `usage`. A failed retry is the call's error.
    - Streaming, the caller reads one message: the first model's events, then, where it
      declines, a `fallback` block and the next model's events, numbered on (details in
      `_splice`); the last `message_delta` holds every answer's usage in
      `usage.iterations`. With `fallback_has_prefill_claim` the declined output is sent back
      as a prefill (again without it if the API answers 400 to that); a declined answer
      that showed nothing is retried even without a token. A retry that fails is skipped
      (its token goes to the next entry); when none is left, the held refusal is shown after
      all, its `recommended_model` the last failed model if it failed for capacity (429/529).
    - A `speed: "fast"` retry on an entry that says nothing of `speed` is sent once more
      without it after a 429 or 529 (give the entry `speed: "fast"` to prevent that).

    Inside `with BetaFallbackState():` the entry that accepted is remembered, and later
    requests in that state start there. `fallback` blocks in the history sent back are
    removed from the request (the API does not take them); they never move the start.
    Refusals shown to the caller and failed retries are logged on
    `claude_api_client.lib.middleware`.

    Only the requests of `client.beta.messages` are handled (`POST /v1/messages` whose options
    carry the beta surface's mark, `qualifiers={"beta": "true"}`); those of `client.messages`
    and every other request pass through untouched, as in the official package, and so does a
    stream in a platform's own framing (Bedrock's).

    ```python
    from claude_api_client import Anthropic, BetaFallbackState, BetaRefusalFallbackMiddleware

    client = Anthropic(middleware=[BetaRefusalFallbackMiddleware([{"model": "claude-sonnet-4-5"}])])
    with BetaFallbackState():
        message = client.beta.messages.create(model="claude-opus-4-1", max_tokens=256, messages=history)
    ```
    """

    def __init__(
        self,
        fallbacks: Iterable[FallbackConfigParam],
        *,
        betas: Iterable[AnthropicBetaParam] | None = None,
    ) -> None:
        """
        Args:
            fallbacks: The entries to try, in order, after the requested model declines; an
                empty chain makes the middleware pass every request through.
            betas: The betas added to the `anthropic-beta` header of each request handled (the
                first one too: only then can a refusal carry a credit token). None: the
                `fallback-credit-2026-07-01` beta; `()`: none.
        """
        self.fallbacks: tuple[FallbackConfigParam, ...] = tuple(fallbacks)
        """The chain, in order."""
        self.betas: tuple[str, ...] = (
            DEFAULT_BETAS if betas is None else tuple(str(b) for b in betas)
        )
        """The betas added to every request handled."""
        self._warned = False

    def __repr__(self) -> str:
        models = [str(entry.get("model")) for entry in self.fallbacks]
        return f"BetaRefusalFallbackMiddleware(fallbacks={models!r})"

    def _warn_without_state(self) -> None:
        if not self._warned:
            self._warned = True
            log.warning(
                "BetaRefusalFallbackMiddleware fell back outside a BetaFallbackState: later "
                "requests will ask the declining models again; make them inside one shared "
                "`with BetaFallbackState():` to keep them on the model that accepted"
            )

    def _params(self, request: APIRequest) -> dict[str, Any] | None:
        """The request's parameters when the middleware handles it; None to pass it through."""
        params = as_dict(request.json)
        if not self.fallbacks or params is None:
            return None
        if request.method.lower() != "post" or request.url.split("?", 1)[0] != _MESSAGES:
            return None
        if (request.options.qualifiers or {}).get("beta") != "true":
            return None  # the GA surface: only the beta one mints fallback credit tokens
        if params.get("fallbacks") is not None:
            raise AnthropicError(
                "`fallbacks` cannot be sent through BetaRefusalFallbackMiddleware, which runs the "
                "chain itself: either drop the middleware and let the API fall back (with the "
                "server-side-fallback-2026-07-01 beta), or drop `fallbacks` from the request"
            )
        return strip_seams(params)

    def _prepare(
        self, request: APIRequest, params: dict[str, Any], start: _Start
    ) -> tuple[APIRequest, APIRequest]:
        """The request every retry is made from (the chain's headers added), and the first one
        (at the pinned entry, when a state holds one)."""
        base = with_chain_headers(request, self.betas)
        first = params if start.index == -1 else apply_entry(params, self.fallbacks[start.index])
        return base, base.copy(body=first)

    def handle(self, request: APIRequest, call_next: CallNext) -> APIResponse[Any]:
        """Send `request`, then follow the chain while the answers are refusals."""
        response: APIResponse[Any] = run(self._handle(request, call_next, SYNC))
        return response

    async def handle_async(
        self, request: APIRequest, call_next: AsyncCallNext
    ) -> AsyncAPIResponse[Any]:
        """`handle` on the async client."""
        response: AsyncAPIResponse[Any] = await self._handle(request, call_next, ASYNC)
        return response

    async def _handle(self, request: APIRequest, call_next: Any, io: IO) -> Any:
        """`handle`, written once for both clients (`_sync_async`)."""
        params = self._params(request)
        if params is None:
            return await io(call_next(request))
        start = _Start(self)
        base, first = self._prepare(request, params, start)
        if start.index == -1:
            response = await io(call_next(first))
        else:
            response, _ = await send_hop(first, self.fallbacks[start.index], call_next, io)
        if not response.http_response.is_success:
            return response
        first_model = _model_of(first)
        if is_event_stream(response.http_response):
            if start.index + 1 >= len(self.fallbacks):
                return response
            hops = (self.fallbacks, start.index + 1)
            return spliced(base, params, first_model, response, *hops, call_next, start.pin, io)
        walk = Walk(params, start.index, first_model)
        return await run_chain(walk, base, response, self.fallbacks, call_next, start.pin, io)
