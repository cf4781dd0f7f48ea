# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from . import _plain_bedrock as _layer2

if TYPE_CHECKING:
    from .bedrock_sessions import (
        AsyncBedrockSessions,
        AsyncBedrockSessionsWithRawResponse,
        AsyncBedrockSessionsWithStreamingResponse,
        BedrockSessions,
        BedrockSessionsWithRawResponse,
        BedrockSessionsWithStreamingResponse,
    )

__all__ = ["Bedrock", "AsyncBedrock"]


class Bedrock(_layer2.Bedrock):
    """`client.beta` of the bedrock client: its beta operations."""

    @cached_property
    def sessions(self) -> BedrockSessions:
        from .bedrock_sessions import BedrockSessions

        return BedrockSessions(self._client)

    @cached_property
    def with_raw_response(self) -> BedrockWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BedrockWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BedrockWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BedrockWithStreamingResponse(self)


class BedrockWithRawResponse(_layer2.BedrockWithRawResponse):
    """`Bedrock`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: Bedrock

    @cached_property
    def sessions(self) -> BedrockSessionsWithRawResponse:
        from .bedrock_sessions import BedrockSessionsWithRawResponse

        return BedrockSessionsWithRawResponse(self._resource.sessions)


class BedrockWithStreamingResponse(_layer2.BedrockWithStreamingResponse):
    """`Bedrock`'s methods, each returning a context manager over the response, its body unread."""

    _resource: Bedrock

    @cached_property
    def sessions(self) -> BedrockSessionsWithStreamingResponse:
        from .bedrock_sessions import BedrockSessionsWithStreamingResponse

        return BedrockSessionsWithStreamingResponse(self._resource.sessions)


class AsyncBedrock(_layer2.AsyncBedrock):
    """`client.beta` of the bedrock client: its beta operations."""

    @cached_property
    def sessions(self) -> AsyncBedrockSessions:
        from .bedrock_sessions import AsyncBedrockSessions

        return AsyncBedrockSessions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBedrockWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBedrockWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBedrockWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBedrockWithStreamingResponse(self)


class AsyncBedrockWithRawResponse(_layer2.AsyncBedrockWithRawResponse):
    """`AsyncBedrock`'s methods, each returning the raw response, read, with `.parse()`."""

    _resource: AsyncBedrock

    @cached_property
    def sessions(self) -> AsyncBedrockSessionsWithRawResponse:
        from .bedrock_sessions import AsyncBedrockSessionsWithRawResponse

        return AsyncBedrockSessionsWithRawResponse(self._resource.sessions)


class AsyncBedrockWithStreamingResponse(_layer2.AsyncBedrockWithStreamingResponse):
    """`AsyncBedrock`'s methods, each returning a context manager over the response, its body unread."""

    _resource: AsyncBedrock

    @cached_property
    def sessions(self) -> AsyncBedrockSessionsWithStreamingResponse:
        from .bedrock_sessions import AsyncBedrockSessionsWithStreamingResponse

        return AsyncBedrockSessionsWithStreamingResponse(self._resource.sessions)
