"""`CallTracer`, the one hook through which a client's calls are traced; the core traces nothing
itself. A client holds one (`BaseClient._telemetry`) only when layer 3 resolved `open_telemetry=`
to spans on (`lib/_tracing`); otherwise tracing costs one attribute check per call and one per
request. Where the send path calls it: docs/internals.md, "The send loop, once"."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import httpx

    from ._options import RequestOptions


# `finish(response, retries_taken, opened)`: what turns a sent call into its result.
Finish = Callable[..., Any]


class CallTracer(Protocol):
    async def call(
        self,
        options: RequestOptions,
        base_url: httpx.URL,
        finish: Finish,
        send: Callable[[Finish], Coroutine[Any, Any, Any]],
    ) -> Any:
        """`await send(finish)` (the send loop, a coroutine) with a `finish` of its own (which
        must call the given one): the call as the caller made it (`extra_body` merged, before
        the platform's rewrite); returns what `send` returned, or a stream that goes on
        tracing. A coroutine of the send loop itself, written once for both clients: it awaits
        nothing else, so that the sync client runs it to its end (`BaseClient._run`)."""
        ...

    def sending(self, request: httpx.Request) -> None:
        """May add headers to `request` (the trace context), never the credentials'."""
        ...
