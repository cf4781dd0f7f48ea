# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from . import _plain_bedrock_sessions as _layer2

if TYPE_CHECKING:
    from .bedrock_sessions_events import (
        AsyncBedrockEvents,
        AsyncBedrockEventsWithRawResponse,
        AsyncBedrockEventsWithStreamingResponse,
        BedrockEvents,
        BedrockEventsWithRawResponse,
        BedrockEventsWithStreamingResponse,
    )

__all__ = ["BedrockSessions", "AsyncBedrockSessions"]


class BedrockSessions(_layer2.BedrockSessions):
    """`client.beta.sessions` of the bedrock client: its beta.sessions operations."""

    @cached_property
    def events(self) -> BedrockEvents:
        from .bedrock_sessions_events import BedrockEvents

        return BedrockEvents(self._client)

    @cached_property
    def with_raw_response(self) -> BedrockSessionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BedrockSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BedrockSessionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BedrockSessionsWithStreamingResponse(self)


class BedrockSessionsWithRawResponse(_layer2.BedrockSessionsWithRawResponse):
    """`BedrockSessions`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: BedrockSessions

    @cached_property
    def events(self) -> BedrockEventsWithRawResponse:
        from .bedrock_sessions_events import BedrockEventsWithRawResponse

        return BedrockEventsWithRawResponse(self._resource.events)


class BedrockSessionsWithStreamingResponse(_layer2.BedrockSessionsWithStreamingResponse):
    """`BedrockSessions`'s methods, each returning a context manager over the response, its body unread."""

    _resource: BedrockSessions

    @cached_property
    def events(self) -> BedrockEventsWithStreamingResponse:
        from .bedrock_sessions_events import BedrockEventsWithStreamingResponse

        return BedrockEventsWithStreamingResponse(self._resource.events)


class AsyncBedrockSessions(_layer2.AsyncBedrockSessions):
    """`client.beta.sessions` of the bedrock client: its beta.sessions operations."""

    @cached_property
    def events(self) -> AsyncBedrockEvents:
        from .bedrock_sessions_events import AsyncBedrockEvents

        return AsyncBedrockEvents(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBedrockSessionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBedrockSessionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBedrockSessionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBedrockSessionsWithStreamingResponse(self)


class AsyncBedrockSessionsWithRawResponse(_layer2.AsyncBedrockSessionsWithRawResponse):
    """`AsyncBedrockSessions`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: AsyncBedrockSessions

    @cached_property
    def events(self) -> AsyncBedrockEventsWithRawResponse:
        from .bedrock_sessions_events import AsyncBedrockEventsWithRawResponse

        return AsyncBedrockEventsWithRawResponse(self._resource.events)


class AsyncBedrockSessionsWithStreamingResponse(_layer2.AsyncBedrockSessionsWithStreamingResponse):
    """`AsyncBedrockSessions`'s methods, each returning a context manager over the response, its body unread."""

    _resource: AsyncBedrockSessions

    @cached_property
    def events(self) -> AsyncBedrockEventsWithStreamingResponse:
        from .bedrock_sessions_events import AsyncBedrockEventsWithStreamingResponse

        return AsyncBedrockEventsWithStreamingResponse(self._resource.events)
