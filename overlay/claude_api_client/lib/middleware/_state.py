"""`BetaFallbackState`: which entry of a fallback chain a run of requests starts at."""

from __future__ import annotations

from contextvars import ContextVar, Token

__all__ = ["BetaFallbackState", "active_state"]


class BetaFallbackState:
    """The pin of a conversation (or any scope) to the fallback model that last accepted.

    Enter it (`with state:`, on the sync or the async client alike) around the requests that
    should share the pin. When a model declines and a fallback accepts,
    `BetaRefusalFallbackMiddleware` records that fallback's position in `index`; the later
    requests made inside the same state then go straight to it instead of asking the models
    that already declined. One state may be entered by several threads or tasks at once: each
    context keeps its own way back out.
    """

    index: int | None
    """Position in the middleware's `fallbacks` of the entry the requests start at; `None` (or
    -1): the request's own parameters. Set by the middleware."""

    def __init__(self) -> None:
        self.index = None

    def __enter__(self) -> BetaFallbackState:
        """Make this the state of the requests made in the block (the innermost one wins)."""
        token = _current.set(self)
        _exits.set((*_exits.get(), token))
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Go back to the state the block was entered from (`index` is kept)."""
        tokens = _exits.get()
        _exits.set(tokens[:-1])
        _current.reset(tokens[-1])

    def __repr__(self) -> str:
        return f"BetaFallbackState(index={self.index!r})"


_current: ContextVar[BetaFallbackState | None] = ContextVar(
    "claude_api_client_fallback_state", default=None
)
# How to leave each `with state:` block the current context is in, the innermost last. A context
# variable (not an attribute of the state) so that a state shared by threads or tasks is left by
# each context with the token it made: a token resets only in the context that created it.
_exits: ContextVar[tuple[Token[BetaFallbackState | None], ...]] = ContextVar(
    "claude_api_client_fallback_state_exits", default=()
)


def active_state() -> BetaFallbackState | None:
    """The innermost state entered in the current context, if any."""
    return _current.get()
