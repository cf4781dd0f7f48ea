"""`AnthropicBedrock().beta`: the Bedrock tree of the document (`x-platforms: [bedrock]`: agents,
sessions, memory stores, generated as `resources/bedrock*.py`) plus the beta Messages API.

The managed-agents calls go to Bedrock's control plane (`_control_plane.py`), `messages` to the
runtime's `invoke` path; the client's `_prepare_options` tells them apart by method and path.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ...resources.bedrock import (
    AsyncBedrock,
    AsyncBedrockWithRawResponse,
    AsyncBedrockWithStreamingResponse,
    Bedrock,
    BedrockWithRawResponse,
    BedrockWithStreamingResponse,
)

if TYPE_CHECKING:
    from ...resources.beta_messages import (
        AsyncBetaMessages,
        AsyncBetaMessagesWithRawResponse,
        AsyncBetaMessagesWithStreamingResponse,
        BetaMessages,
        BetaMessagesWithRawResponse,
        BetaMessagesWithStreamingResponse,
    )

__all__ = ["AsyncBeta", "Beta"]


class Beta(Bedrock):
    """`client.beta` of `AnthropicBedrock`: `agents`, `sessions`, `memory_stores`, `messages`."""

    @cached_property
    def messages(self) -> BetaMessages:
        """The beta Messages API, sent to the runtime's `invoke` path."""
        from ...resources.beta_messages import BetaMessages

        return BetaMessages(self._client)

    @cached_property
    def with_raw_response(self) -> BetaWithRawResponse:
        """The same namespaces, whose methods return the raw response."""
        return BetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWithStreamingResponse:
        """The same namespaces, whose methods return the response before its body is read."""
        return BetaWithStreamingResponse(self)


class AsyncBeta(AsyncBedrock):
    """`client.beta` of `AsyncAnthropicBedrock`."""

    @cached_property
    def messages(self) -> AsyncBetaMessages:
        """The beta Messages API, sent to the runtime's `invoke` path."""
        from ...resources.beta_messages import AsyncBetaMessages

        return AsyncBetaMessages(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaWithRawResponse:
        """The same namespaces, whose methods return the raw response."""
        return AsyncBetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWithStreamingResponse:
        """The same namespaces, whose methods return the response before its body is read."""
        return AsyncBetaWithStreamingResponse(self)


class BetaWithRawResponse(BedrockWithRawResponse):
    """`client.beta.with_raw_response` of `AnthropicBedrock`."""

    _resource: Beta  # the base keeps the namespace it wraps; here it is the beta one

    @cached_property
    def messages(self) -> BetaMessagesWithRawResponse:
        """`messages` returning raw responses."""
        return self._resource.messages.with_raw_response


class AsyncBetaWithRawResponse(AsyncBedrockWithRawResponse):
    """`client.beta.with_raw_response` of `AsyncAnthropicBedrock`."""

    _resource: AsyncBeta  # the base keeps the namespace it wraps; here it is the beta one

    @cached_property
    def messages(self) -> AsyncBetaMessagesWithRawResponse:
        """`messages` returning raw responses."""
        return self._resource.messages.with_raw_response


class BetaWithStreamingResponse(BedrockWithStreamingResponse):
    """`client.beta.with_streaming_response` of `AnthropicBedrock`."""

    _resource: Beta  # the base keeps the namespace it wraps; here it is the beta one

    @cached_property
    def messages(self) -> BetaMessagesWithStreamingResponse:
        """`messages` returning responses before their body is read."""
        return self._resource.messages.with_streaming_response


class AsyncBetaWithStreamingResponse(AsyncBedrockWithStreamingResponse):
    """`client.beta.with_streaming_response` of `AsyncAnthropicBedrock`."""

    _resource: AsyncBeta  # the base keeps the namespace it wraps; here it is the beta one

    @cached_property
    def messages(self) -> AsyncBetaMessagesWithStreamingResponse:
        """`messages` returning responses before their body is read."""
        return self._resource.messages.with_streaming_response
