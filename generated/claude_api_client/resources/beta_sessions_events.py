# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property

from ..lib._mixins import AsyncBetaSessionEventsHelpers, BetaSessionEventsHelpers
from . import _plain_beta_sessions_events as _layer2

__all__ = ["BetaEvents", "AsyncBetaEvents"]


class BetaEvents(_layer2.BetaEvents, BetaSessionEventsHelpers):
    """`client.beta.sessions.events`: the beta.sessions.events operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaEventsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaEventsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaEventsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaEventsWithStreamingResponse(self)


class BetaEventsWithRawResponse(_layer2.BetaEventsWithRawResponse):
    """`BetaEvents`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: BetaEvents


class BetaEventsWithStreamingResponse(_layer2.BetaEventsWithStreamingResponse):
    """`BetaEvents`'s methods, each returning a context manager over the response, its body unread."""

    _resource: BetaEvents


class AsyncBetaEvents(_layer2.AsyncBetaEvents, AsyncBetaSessionEventsHelpers):
    """`client.beta.sessions.events`: the beta.sessions.events operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaEventsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaEventsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaEventsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaEventsWithStreamingResponse(self)


class AsyncBetaEventsWithRawResponse(_layer2.AsyncBetaEventsWithRawResponse):
    """`AsyncBetaEvents`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: AsyncBetaEvents


class AsyncBetaEventsWithStreamingResponse(_layer2.AsyncBetaEventsWithStreamingResponse):
    """`AsyncBetaEvents`'s methods, each returning a context manager over the response, its body unread."""

    _resource: AsyncBetaEvents
