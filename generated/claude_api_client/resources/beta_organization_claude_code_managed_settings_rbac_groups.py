# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

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
    from ..types._models.claude_code_rbac_group_managed_settings import (
        ClaudeCodeRBACGroupManagedSettings,
    )
    from ..types._models.claude_code_rbac_group_managed_settings_summary import (
        ClaudeCodeRBACGroupManagedSettingsSummary,
    )
    from ..types._models.deleted_claude_code_rbac_group_managed_settings import (
        DeletedClaudeCodeRBACGroupManagedSettings,
    )

__all__ = ["BetaRbacGroups", "AsyncBetaRbacGroups"]

from ._ops_organization_claude_code_managed_settings_rbac_groups import (
    _load_claude_code_rbac_group_managed_settings,
    _load_claude_code_rbac_group_managed_settings_summary_page,
    _load_deleted_claude_code_rbac_group_managed_settings,
    _organization_claude_code_managed_settings_rbac_groups_delete_options,
    _organization_claude_code_managed_settings_rbac_groups_list_options,
    _organization_claude_code_managed_settings_rbac_groups_retrieve_options,
    _organization_claude_code_managed_settings_rbac_groups_set_options,
)


class BetaRbacGroups(SyncResource):
    """`client.beta.organization.claude_code.managed_settings.rbac_groups`: the beta.organization.claude_code.managed_settings.rbac_groups operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaRbacGroupsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaRbacGroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaRbacGroupsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaRbacGroupsWithStreamingResponse(self)

    def delete(
        self,
        rbac_group_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedClaudeCodeRBACGroupManagedSettings:
        """Remove a group's own Claude Code settings.

        Args:
            rbac_group_id: ID of the group.
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
            DeletedClaudeCodeRBACGroupManagedSettings: the parsed response; `.to_json()` gives
                back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_code_managed_settings_rbac_groups_delete_options(
            rbac_group_id=rbac_group_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            options, value_cast(_load_deleted_claude_code_rbac_group_managed_settings)
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ClaudeCodeRBACGroupManagedSettingsSummary]:
        """List the groups that have their own Claude Code settings.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
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
            Page[ClaudeCodeRBACGroupManagedSettingsSummary]: one page; iterating it yields every
                item across pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_claude_code_managed_settings_rbac_groups_list_options(
            limit=limit,
            page=page,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_claude_code_rbac_group_managed_settings_summary_page)
        )

    def retrieve(
        self,
        rbac_group_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeCodeRBACGroupManagedSettings:
        """Get the Claude Code settings of one group.

        Args:
            rbac_group_id: ID of the group.
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
            ClaudeCodeRBACGroupManagedSettings: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_code_managed_settings_rbac_groups_retrieve_options(
            rbac_group_id=rbac_group_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            options, value_cast(_load_claude_code_rbac_group_managed_settings)
        )

    def set(
        self,
        rbac_group_id: str,
        *,
        settings: Mapping[str, object],
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeCodeRBACGroupManagedSettings:
        """Give a group its own Claude Code settings, replacing any it had.

        Args:
            rbac_group_id: ID of the group.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            settings: The Claude Code settings document (a JSON object).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ClaudeCodeRBACGroupManagedSettings: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_code_managed_settings_rbac_groups_set_options(
            rbac_group_id=rbac_group_id,
            workspace_id=workspace_id,
            settings=settings,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            options, value_cast(_load_claude_code_rbac_group_managed_settings)
        )


class BetaRbacGroupsWithRawResponse:
    """`BetaRbacGroups`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaRbacGroups) -> None:
        self._resource = resource
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.set = raw_response_wrapper(resource.set)


class BetaRbacGroupsWithStreamingResponse:
    """`BetaRbacGroups`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaRbacGroups) -> None:
        self._resource = resource
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.set = streaming_response_wrapper(resource.set)


class AsyncBetaRbacGroups(AsyncResource):
    """`client.beta.organization.claude_code.managed_settings.rbac_groups`: the beta.organization.claude_code.managed_settings.rbac_groups operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaRbacGroupsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaRbacGroupsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaRbacGroupsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaRbacGroupsWithStreamingResponse(self)

    async def delete(
        self,
        rbac_group_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedClaudeCodeRBACGroupManagedSettings:
        """Remove a group's own Claude Code settings.

        Args:
            rbac_group_id: ID of the group.
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
            DeletedClaudeCodeRBACGroupManagedSettings: the parsed response; `.to_json()` gives
                back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_code_managed_settings_rbac_groups_delete_options(
            rbac_group_id=rbac_group_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_deleted_claude_code_rbac_group_managed_settings)
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ClaudeCodeRBACGroupManagedSettingsSummary]:
        """List the groups that have their own Claude Code settings.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
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
            Page[ClaudeCodeRBACGroupManagedSettingsSummary]: one page; iterating it yields every
                item across pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_claude_code_managed_settings_rbac_groups_list_options(
            limit=limit,
            page=page,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_claude_code_rbac_group_managed_settings_summary_page)
        )

    async def retrieve(
        self,
        rbac_group_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeCodeRBACGroupManagedSettings:
        """Get the Claude Code settings of one group.

        Args:
            rbac_group_id: ID of the group.
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
            ClaudeCodeRBACGroupManagedSettings: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_code_managed_settings_rbac_groups_retrieve_options(
            rbac_group_id=rbac_group_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_claude_code_rbac_group_managed_settings)
        )

    async def set(
        self,
        rbac_group_id: str,
        *,
        settings: Mapping[str, object],
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeCodeRBACGroupManagedSettings:
        """Give a group its own Claude Code settings, replacing any it had.

        Args:
            rbac_group_id: ID of the group.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            settings: The Claude Code settings document (a JSON object).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ClaudeCodeRBACGroupManagedSettings: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_code_managed_settings_rbac_groups_set_options(
            rbac_group_id=rbac_group_id,
            workspace_id=workspace_id,
            settings=settings,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_claude_code_rbac_group_managed_settings)
        )


class AsyncBetaRbacGroupsWithRawResponse:
    """`AsyncBetaRbacGroups`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaRbacGroups) -> None:
        self._resource = resource
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.set = async_raw_response_wrapper(resource.set)


class AsyncBetaRbacGroupsWithStreamingResponse:
    """`AsyncBetaRbacGroups`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaRbacGroups) -> None:
        self._resource = resource
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.set = async_streaming_response_wrapper(resource.set)
