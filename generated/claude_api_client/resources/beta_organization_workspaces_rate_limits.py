# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from .._core._casts import value_cast
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
    from ..types._models.workspace_rate_limit import WorkspaceRateLimit
    from ..types._params.workspace_rate_limit_update_value_param import (
        WorkspaceRateLimitUpdateValueParam,
    )

__all__ = ["BetaRateLimits", "AsyncBetaRateLimits"]

from ._ops_organization_workspaces_rate_limits import (
    _load_workspace_rate_limit,
    _load_workspace_rate_limit_page,
    _organization_workspaces_rate_limits_list_options,
    _organization_workspaces_rate_limits_update_options,
)


class BetaRateLimits(SyncResource):
    """`client.beta.organization.workspaces.rate_limits`: the beta.organization.workspaces.rate_limits operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaRateLimitsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaRateLimitsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaRateLimitsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaRateLimitsWithStreamingResponse(self)

    def list(
        self,
        workspace_id: str,
        *,
        group_type: Literal["batch", "files", "model_group", "skills", "token_count", "web_search"]
        | NotGiven = NOT_GIVEN,
        include_inherited: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[WorkspaceRateLimit]:
        """List a workspace's rate limits, group by group.

        Args:
            workspace_id: ID of the workspace.
            group_type: Only limits of this kind of group.
            include_inherited: Also list groups where the workspace only inherits the
                organization's values.
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[WorkspaceRateLimit]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_workspaces_rate_limits_list_options(
            workspace_id=workspace_id,
            group_type=group_type,
            include_inherited=include_inherited,
            limit=limit,
            page=page,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_workspace_rate_limit_page))

    def update(
        self,
        rate_limit_id: str,
        *,
        workspace_id: str,
        limits: Sequence[WorkspaceRateLimitUpdateValueParam],
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WorkspaceRateLimit:
        """Set a workspace's own limits for one group.

        Args:
            workspace_id: ID of the workspace.
            rate_limit_id: ID of the organization rate limit (the `id` of its group's set).
            limits: The limits to set.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            WorkspaceRateLimit: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_rate_limits_update_options(
            workspace_id=workspace_id,
            rate_limit_id=rate_limit_id,
            limits=limits,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_workspace_rate_limit))


class BetaRateLimitsWithRawResponse:
    """`BetaRateLimits`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaRateLimits) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)
        self.update = raw_response_wrapper(resource.update)


class BetaRateLimitsWithStreamingResponse:
    """`BetaRateLimits`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaRateLimits) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBetaRateLimits(AsyncResource):
    """`client.beta.organization.workspaces.rate_limits`: the beta.organization.workspaces.rate_limits operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaRateLimitsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaRateLimitsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaRateLimitsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaRateLimitsWithStreamingResponse(self)

    def list(
        self,
        workspace_id: str,
        *,
        group_type: Literal["batch", "files", "model_group", "skills", "token_count", "web_search"]
        | NotGiven = NOT_GIVEN,
        include_inherited: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[WorkspaceRateLimit]:
        """List a workspace's rate limits, group by group.

        Args:
            workspace_id: ID of the workspace.
            group_type: Only limits of this kind of group.
            include_inherited: Also list groups where the workspace only inherits the
                organization's values.
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[WorkspaceRateLimit]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_workspaces_rate_limits_list_options(
            workspace_id=workspace_id,
            group_type=group_type,
            include_inherited=include_inherited,
            limit=limit,
            page=page,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_workspace_rate_limit_page))

    async def update(
        self,
        rate_limit_id: str,
        *,
        workspace_id: str,
        limits: Sequence[WorkspaceRateLimitUpdateValueParam],
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WorkspaceRateLimit:
        """Set a workspace's own limits for one group.

        Args:
            workspace_id: ID of the workspace.
            rate_limit_id: ID of the organization rate limit (the `id` of its group's set).
            limits: The limits to set.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            WorkspaceRateLimit: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_rate_limits_update_options(
            workspace_id=workspace_id,
            rate_limit_id=rate_limit_id,
            limits=limits,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_workspace_rate_limit))


class AsyncBetaRateLimitsWithRawResponse:
    """`AsyncBetaRateLimits`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaRateLimits) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBetaRateLimitsWithStreamingResponse:
    """`AsyncBetaRateLimits`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaRateLimits) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
        self.update = async_streaming_response_wrapper(resource.update)
