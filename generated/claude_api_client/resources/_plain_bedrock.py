# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ._plain_bedrock_sessions import (
        AsyncBedrockSessions,
        AsyncBedrockSessionsWithRawResponse,
        AsyncBedrockSessionsWithStreamingResponse,
        BedrockSessions,
        BedrockSessionsWithRawResponse,
        BedrockSessionsWithStreamingResponse,
    )
    from .bedrock_agents import (
        AsyncBedrockAgents,
        AsyncBedrockAgentsWithRawResponse,
        AsyncBedrockAgentsWithStreamingResponse,
        BedrockAgents,
        BedrockAgentsWithRawResponse,
        BedrockAgentsWithStreamingResponse,
    )
    from .bedrock_memory_stores import (
        AsyncBedrockMemoryStores,
        AsyncBedrockMemoryStoresWithRawResponse,
        AsyncBedrockMemoryStoresWithStreamingResponse,
        BedrockMemoryStores,
        BedrockMemoryStoresWithRawResponse,
        BedrockMemoryStoresWithStreamingResponse,
    )

__all__ = ["Bedrock", "AsyncBedrock"]


class Bedrock(SyncResource):
    """`client.beta` of the bedrock client: its beta operations."""

    @cached_property
    def agents(self) -> BedrockAgents:
        from .bedrock_agents import BedrockAgents

        return BedrockAgents(self._client)

    @cached_property
    def memory_stores(self) -> BedrockMemoryStores:
        from .bedrock_memory_stores import BedrockMemoryStores

        return BedrockMemoryStores(self._client)

    @cached_property
    def sessions(self) -> BedrockSessions:
        from ._plain_bedrock_sessions import BedrockSessions

        return BedrockSessions(self._client)

    @cached_property
    def with_raw_response(self) -> BedrockWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BedrockWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BedrockWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BedrockWithStreamingResponse(self)


class BedrockWithRawResponse:
    """`Bedrock`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: Bedrock) -> None:
        self._resource = resource

    @cached_property
    def agents(self) -> BedrockAgentsWithRawResponse:
        from .bedrock_agents import BedrockAgentsWithRawResponse

        return BedrockAgentsWithRawResponse(self._resource.agents)

    @cached_property
    def memory_stores(self) -> BedrockMemoryStoresWithRawResponse:
        from .bedrock_memory_stores import BedrockMemoryStoresWithRawResponse

        return BedrockMemoryStoresWithRawResponse(self._resource.memory_stores)

    @cached_property
    def sessions(self) -> BedrockSessionsWithRawResponse:
        from ._plain_bedrock_sessions import BedrockSessionsWithRawResponse

        return BedrockSessionsWithRawResponse(self._resource.sessions)


class BedrockWithStreamingResponse:
    """`Bedrock`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: Bedrock) -> None:
        self._resource = resource

    @cached_property
    def agents(self) -> BedrockAgentsWithStreamingResponse:
        from .bedrock_agents import BedrockAgentsWithStreamingResponse

        return BedrockAgentsWithStreamingResponse(self._resource.agents)

    @cached_property
    def memory_stores(self) -> BedrockMemoryStoresWithStreamingResponse:
        from .bedrock_memory_stores import BedrockMemoryStoresWithStreamingResponse

        return BedrockMemoryStoresWithStreamingResponse(self._resource.memory_stores)

    @cached_property
    def sessions(self) -> BedrockSessionsWithStreamingResponse:
        from ._plain_bedrock_sessions import BedrockSessionsWithStreamingResponse

        return BedrockSessionsWithStreamingResponse(self._resource.sessions)


class AsyncBedrock(AsyncResource):
    """`client.beta` of the bedrock client: its beta operations."""

    @cached_property
    def agents(self) -> AsyncBedrockAgents:
        from .bedrock_agents import AsyncBedrockAgents

        return AsyncBedrockAgents(self._client)

    @cached_property
    def memory_stores(self) -> AsyncBedrockMemoryStores:
        from .bedrock_memory_stores import AsyncBedrockMemoryStores

        return AsyncBedrockMemoryStores(self._client)

    @cached_property
    def sessions(self) -> AsyncBedrockSessions:
        from ._plain_bedrock_sessions import AsyncBedrockSessions

        return AsyncBedrockSessions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBedrockWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBedrockWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBedrockWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBedrockWithStreamingResponse(self)


class AsyncBedrockWithRawResponse:
    """`AsyncBedrock`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBedrock) -> None:
        self._resource = resource

    @cached_property
    def agents(self) -> AsyncBedrockAgentsWithRawResponse:
        from .bedrock_agents import AsyncBedrockAgentsWithRawResponse

        return AsyncBedrockAgentsWithRawResponse(self._resource.agents)

    @cached_property
    def memory_stores(self) -> AsyncBedrockMemoryStoresWithRawResponse:
        from .bedrock_memory_stores import AsyncBedrockMemoryStoresWithRawResponse

        return AsyncBedrockMemoryStoresWithRawResponse(self._resource.memory_stores)

    @cached_property
    def sessions(self) -> AsyncBedrockSessionsWithRawResponse:
        from ._plain_bedrock_sessions import AsyncBedrockSessionsWithRawResponse

        return AsyncBedrockSessionsWithRawResponse(self._resource.sessions)


class AsyncBedrockWithStreamingResponse:
    """`AsyncBedrock`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBedrock) -> None:
        self._resource = resource

    @cached_property
    def agents(self) -> AsyncBedrockAgentsWithStreamingResponse:
        from .bedrock_agents import AsyncBedrockAgentsWithStreamingResponse

        return AsyncBedrockAgentsWithStreamingResponse(self._resource.agents)

    @cached_property
    def memory_stores(self) -> AsyncBedrockMemoryStoresWithStreamingResponse:
        from .bedrock_memory_stores import AsyncBedrockMemoryStoresWithStreamingResponse

        return AsyncBedrockMemoryStoresWithStreamingResponse(self._resource.memory_stores)

    @cached_property
    def sessions(self) -> AsyncBedrockSessionsWithStreamingResponse:
        from ._plain_bedrock_sessions import AsyncBedrockSessionsWithStreamingResponse

        return AsyncBedrockSessionsWithStreamingResponse(self._resource.sessions)
