"""`CallTracer`, the one hook through which a client's calls are traced; the core traces nothing
itself. A client holds one (`BaseClient._telemetry`) only when layer 3 resolved `open_telemetry=`
to spans on (`lib/_tracing`); otherwise tracing costs one attribute check per call and one per
request. Where the send path calls it: docs/internals.md, "The send loop, once"."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import httpx

    from ._options import RequestOptions

__all__ = ["CallTracer"]

# `finish(response, retries_taken, opened)`: what turns a sent call into its result.
Finish = Callable[..., Any]


class CallTracer(Protocol):
    def call(
        self,
        options: RequestOptions,
        base_url: httpx.URL,
        finish: Finish,
        send: Callable[[Finish], Any],
    ) -> Any:
        """`send(finish)` with a `finish` of its own (which must call the given one): the call
        as the caller made it (`extra_body` merged, before the platform's rewrite); returns
        what `send` returned, or a stream that goes on tracing."""
        ...

    async def acall(
        self,
        options: RequestOptions,
        base_url: httpx.URL,
        finish: Finish,
        send: Callable[[Finish], Awaitable[Any]],
    ) -> Any:
        """`call` on the async client: `send` returns the awaitable of the dispatch."""
        ...

    def sending(self, request: httpx.Request) -> None:
        """May add headers to `request` (the trace context), never the credentials'."""
        ...
