"""The one hook through which a client's calls are traced; the core traces nothing itself.

A client traces its calls when it holds a `CallTracer` (`BaseClient._telemetry`, None otherwise:
then the send path costs one attribute check per call and one per request). The core never
builds one: the layer-3 constructors resolve the `open_telemetry=` option into it
(`lib/_tracing`, OpenTelemetry spans). The send path calls it at two points:

- `BaseClient._call` runs the call's whole dispatch (every attempt, the first events of a
  stream) through `call` / `acall`, which may hand back the result wrapped (a stream that ends
  the call's span when it ends);
- `_send_following` gives each request to `sending`, after `_authenticate` and right before it
  goes out (redirects to the same origin copy its headers; another origin gets nothing).
"""

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
