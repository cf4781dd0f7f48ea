# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource
from .._core._response_modes import (
    async_raw_response_wrapper,
    async_streaming_response_wrapper,
    raw_response_wrapper,
    streaming_response_wrapper,
)
from .._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.managed_agents_bedrock_agent_list_item import (
        ManagedAgentsBedrockAgentListItem,
    )

__all__ = ["BedrockVersions", "AsyncBedrockVersions"]

from ._ops_bedrock_agents_versions import (
    _agents_versions_list_options,
    _load_managed_agents_bedrock_agent_page,
)


class BedrockVersions(SyncResource):
    """`client.beta.agents.versions` of the bedrock client: its beta.agents.versions operations."""

    @cached_property
    def with_raw_response(self) -> BedrockVersionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BedrockVersionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BedrockVersionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BedrockVersionsWithStreamingResponse(self)

    def list(
        self,
        agent_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ManagedAgentsBedrockAgentListItem]:
        """List the versions of an agent, newest first.

        Args:
            agent_id: ID of the agent.
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsBedrockAgentListItem]: one page; iterating it yields every item
                across pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _agents_versions_list_options(
            agent_id=agent_id,
            limit=limit,
            page=page,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_bedrock_agent_page)
        )


class BedrockVersionsWithRawResponse:
    """`BedrockVersions`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BedrockVersions) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)


class BedrockVersionsWithStreamingResponse:
    """`BedrockVersions`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BedrockVersions) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)


class AsyncBedrockVersions(AsyncResource):
    """`client.beta.agents.versions` of the bedrock client: its beta.agents.versions operations."""

    @cached_property
    def with_raw_response(self) -> AsyncBedrockVersionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBedrockVersionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBedrockVersionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBedrockVersionsWithStreamingResponse(self)

    def list(
        self,
        agent_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ManagedAgentsBedrockAgentListItem]:
        """List the versions of an agent, newest first.

        Args:
            agent_id: ID of the agent.
            limit: Items per page.
            page: Page token from a previous response's `next_page`.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[ManagedAgentsBedrockAgentListItem]: one page; iterating it yields every item
                across pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _agents_versions_list_options(
            agent_id=agent_id,
            limit=limit,
            page=page,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_managed_agents_bedrock_agent_page)
        )


class AsyncBedrockVersionsWithRawResponse:
    """`AsyncBedrockVersions`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBedrockVersions) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)


class AsyncBedrockVersionsWithStreamingResponse:
    """`AsyncBedrockVersions`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBedrockVersions) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
