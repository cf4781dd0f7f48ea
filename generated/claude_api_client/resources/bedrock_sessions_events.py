# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property

from ..lib._mixins import AsyncBetaSessionEventsHelpers, BetaSessionEventsHelpers
from . import _plain_bedrock_sessions_events as _layer2

__all__ = ["BedrockEvents", "AsyncBedrockEvents"]


class BedrockEvents(_layer2.BedrockEvents, BetaSessionEventsHelpers):
    """`client.beta.sessions.events` of the bedrock client: its beta.sessions.events operations."""

    @cached_property
    def with_raw_response(self) -> BedrockEventsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BedrockEventsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BedrockEventsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BedrockEventsWithStreamingResponse(self)


class BedrockEventsWithRawResponse(_layer2.BedrockEventsWithRawResponse):
    """`BedrockEvents`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: BedrockEvents


class BedrockEventsWithStreamingResponse(_layer2.BedrockEventsWithStreamingResponse):
    """`BedrockEvents`'s methods, each returning a context manager over the response, its body unread."""

    _resource: BedrockEvents


class AsyncBedrockEvents(_layer2.AsyncBedrockEvents, AsyncBetaSessionEventsHelpers):
    """`client.beta.sessions.events` of the bedrock client: its beta.sessions.events operations."""

    @cached_property
    def with_raw_response(self) -> AsyncBedrockEventsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBedrockEventsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBedrockEventsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBedrockEventsWithStreamingResponse(self)


class AsyncBedrockEventsWithRawResponse(_layer2.AsyncBedrockEventsWithRawResponse):
    """`AsyncBedrockEvents`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: AsyncBedrockEvents


class AsyncBedrockEventsWithStreamingResponse(_layer2.AsyncBedrockEventsWithStreamingResponse):
    """`AsyncBedrockEvents`'s methods, each returning a context manager over the response, its body unread."""

    _resource: AsyncBedrockEvents
