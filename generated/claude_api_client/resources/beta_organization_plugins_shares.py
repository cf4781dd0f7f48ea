# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

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
    from ..types._models.plugin_share import PluginShare

__all__ = ["BetaShares", "AsyncBetaShares"]

from ._ops_organization_plugins_shares import (
    _load_plugin_share_page,
    _organization_plugins_shares_list_options,
)


class BetaShares(SyncResource):
    """`client.beta.organization.plugins.shares`: the beta.organization.plugins.shares operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaSharesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaSharesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaSharesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaSharesWithStreamingResponse(self)

    def list(
        self,
        plugin_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        organization_id: str | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        target_type: Literal["organization", "organization_member", "rbac_group"]
        | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[PluginShare]:
        """List whom a plugin is shared with.

        Args:
            plugin_id: ID of the plugin.
            limit: Items per page.
            organization_id: Read in this organization instead of the key's own (plugins shared
                across organizations).
            page: The `next_page` of the previous page; omit for the first page.
            target_type: Only shares with this kind of target.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[PluginShare]: one page; iterating it yields every item across pages, fetching
                the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_plugins_shares_list_options(
            plugin_id=plugin_id,
            limit=limit,
            organization_id=organization_id,
            page=page,
            target_type=target_type,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_plugin_share_page))


class BetaSharesWithRawResponse:
    """`BetaShares`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaShares) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)


class BetaSharesWithStreamingResponse:
    """`BetaShares`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaShares) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)


class AsyncBetaShares(AsyncResource):
    """`client.beta.organization.plugins.shares`: the beta.organization.plugins.shares operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaSharesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaSharesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaSharesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaSharesWithStreamingResponse(self)

    def list(
        self,
        plugin_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        organization_id: str | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        target_type: Literal["organization", "organization_member", "rbac_group"]
        | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[PluginShare]:
        """List whom a plugin is shared with.

        Args:
            plugin_id: ID of the plugin.
            limit: Items per page.
            organization_id: Read in this organization instead of the key's own (plugins shared
                across organizations).
            page: The `next_page` of the previous page; omit for the first page.
            target_type: Only shares with this kind of target.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[PluginShare]: one page; iterating it yields every item across pages, fetching
                the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_plugins_shares_list_options(
            plugin_id=plugin_id,
            limit=limit,
            organization_id=organization_id,
            page=page,
            target_type=target_type,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_plugin_share_page))


class AsyncBetaSharesWithRawResponse:
    """`AsyncBetaShares`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaShares) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)


class AsyncBetaSharesWithStreamingResponse:
    """`AsyncBetaShares`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaShares) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
