# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from . import _plain_beta_sessions as _layer2

if TYPE_CHECKING:
    from .beta_sessions_events import (
        AsyncBetaEvents,
        AsyncBetaEventsWithRawResponse,
        AsyncBetaEventsWithStreamingResponse,
        BetaEvents,
        BetaEventsWithRawResponse,
        BetaEventsWithStreamingResponse,
    )

__all__ = ["BetaSessions", "AsyncBetaSessions"]


class BetaSessions(_layer2.BetaSessions):
    """`client.beta.sessions`: the beta.sessions operations of the Claude API."""

    @cached_property
    def events(self) -> BetaEvents:
        from .beta_sessions_events import BetaEvents

        return BetaEvents(self._client)

    @cached_property
    def with_raw_response(self) -> BetaSessionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaSessionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaSessionsWithStreamingResponse(self)


class BetaSessionsWithRawResponse(_layer2.BetaSessionsWithRawResponse):
    """`BetaSessions`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: BetaSessions

    @cached_property
    def events(self) -> BetaEventsWithRawResponse:
        from .beta_sessions_events import BetaEventsWithRawResponse

        return BetaEventsWithRawResponse(self._resource.events)


class BetaSessionsWithStreamingResponse(_layer2.BetaSessionsWithStreamingResponse):
    """`BetaSessions`'s methods, each returning a context manager over the response, its body unread."""

    _resource: BetaSessions

    @cached_property
    def events(self) -> BetaEventsWithStreamingResponse:
        from .beta_sessions_events import BetaEventsWithStreamingResponse

        return BetaEventsWithStreamingResponse(self._resource.events)


class AsyncBetaSessions(_layer2.AsyncBetaSessions):
    """`client.beta.sessions`: the beta.sessions operations of the Claude API."""

    @cached_property
    def events(self) -> AsyncBetaEvents:
        from .beta_sessions_events import AsyncBetaEvents

        return AsyncBetaEvents(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaSessionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaSessionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaSessionsWithStreamingResponse(self)


class AsyncBetaSessionsWithRawResponse(_layer2.AsyncBetaSessionsWithRawResponse):
    """`AsyncBetaSessions`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: AsyncBetaSessions

    @cached_property
    def events(self) -> AsyncBetaEventsWithRawResponse:
        from .beta_sessions_events import AsyncBetaEventsWithRawResponse

        return AsyncBetaEventsWithRawResponse(self._resource.events)


class AsyncBetaSessionsWithStreamingResponse(_layer2.AsyncBetaSessionsWithStreamingResponse):
    """`AsyncBetaSessions`'s methods, each returning a context manager over the response, its body unread."""

    _resource: AsyncBetaSessions

    @cached_property
    def events(self) -> AsyncBetaEventsWithStreamingResponse:
        from .beta_sessions_events import AsyncBetaEventsWithStreamingResponse

        return AsyncBetaEventsWithStreamingResponse(self._resource.events)
