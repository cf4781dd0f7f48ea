# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Sequence
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
    from ..types._models.claude_tag_slack_workspace import ClaudeTagSlackWorkspace
    from ..types._params.claude_tag_settings_update_param import ClaudeTagSettingsUpdateParam

__all__ = ["BetaSlackWorkspaces", "AsyncBetaSlackWorkspaces"]

from ._ops_organization_claude_tag_slack_workspaces import (
    _load_claude_tag_slack_workspace,
    _load_claude_tag_slack_workspace_page,
    _organization_claude_tag_slack_workspaces_list_options,
    _organization_claude_tag_slack_workspaces_retrieve_options,
    _organization_claude_tag_slack_workspaces_update_options,
)


class BetaSlackWorkspaces(SyncResource):
    """`client.beta.organization.claude_tag.slack_workspaces`: the beta.organization.claude_tag.slack_workspaces operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaSlackWorkspacesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaSlackWorkspacesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaSlackWorkspacesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaSlackWorkspacesWithStreamingResponse(self)

    def list(
        self,
        *,
        include_inherited: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        slack_workspace_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ClaudeTagSlackWorkspace]:
        """List the Slack workspaces connected to the organization.

        Args:
            include_inherited: Fill settings that are not set here with the inherited values.
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            slack_workspace_id: Only the record of this Slack workspace ID.
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
            Page[ClaudeTagSlackWorkspace]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_claude_tag_slack_workspaces_list_options(
            include_inherited=include_inherited,
            limit=limit,
            page=page,
            slack_workspace_id=slack_workspace_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_claude_tag_slack_workspace_page)
        )

    def retrieve(
        self,
        id: str,
        *,
        include_inherited: bool | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeTagSlackWorkspace:
        """Get a workspace record.

        Args:
            id: ID of the workspace record.
            include_inherited: Fill settings that are not set here with the inherited values.
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
            ClaudeTagSlackWorkspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_tag_slack_workspaces_retrieve_options(
            id=id,
            include_inherited=include_inherited,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_claude_tag_slack_workspace))

    def update(
        self,
        id: str,
        *,
        settings: ClaudeTagSettingsUpdateParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeTagSlackWorkspace:
        """Change Claude's settings in a Slack workspace.

        Args:
            id: ID of the workspace record.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            settings: The settings to change.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ClaudeTagSlackWorkspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_tag_slack_workspaces_update_options(
            id=id,
            workspace_id=workspace_id,
            settings=settings,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_claude_tag_slack_workspace))


class BetaSlackWorkspacesWithRawResponse:
    """`BetaSlackWorkspaces`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaSlackWorkspaces) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)


class BetaSlackWorkspacesWithStreamingResponse:
    """`BetaSlackWorkspaces`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaSlackWorkspaces) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBetaSlackWorkspaces(AsyncResource):
    """`client.beta.organization.claude_tag.slack_workspaces`: the beta.organization.claude_tag.slack_workspaces operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaSlackWorkspacesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaSlackWorkspacesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaSlackWorkspacesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaSlackWorkspacesWithStreamingResponse(self)

    def list(
        self,
        *,
        include_inherited: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        slack_workspace_id: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ClaudeTagSlackWorkspace]:
        """List the Slack workspaces connected to the organization.

        Args:
            include_inherited: Fill settings that are not set here with the inherited values.
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            slack_workspace_id: Only the record of this Slack workspace ID.
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
            Page[ClaudeTagSlackWorkspace]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_claude_tag_slack_workspaces_list_options(
            include_inherited=include_inherited,
            limit=limit,
            page=page,
            slack_workspace_id=slack_workspace_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(
            options, PageSpec(page=_load_claude_tag_slack_workspace_page)
        )

    async def retrieve(
        self,
        id: str,
        *,
        include_inherited: bool | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeTagSlackWorkspace:
        """Get a workspace record.

        Args:
            id: ID of the workspace record.
            include_inherited: Fill settings that are not set here with the inherited values.
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
            ClaudeTagSlackWorkspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_tag_slack_workspaces_retrieve_options(
            id=id,
            include_inherited=include_inherited,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_claude_tag_slack_workspace))

    async def update(
        self,
        id: str,
        *,
        settings: ClaudeTagSettingsUpdateParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeTagSlackWorkspace:
        """Change Claude's settings in a Slack workspace.

        Args:
            id: ID of the workspace record.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            settings: The settings to change.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ClaudeTagSlackWorkspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_tag_slack_workspaces_update_options(
            id=id,
            workspace_id=workspace_id,
            settings=settings,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_claude_tag_slack_workspace))


class AsyncBetaSlackWorkspacesWithRawResponse:
    """`AsyncBetaSlackWorkspaces`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaSlackWorkspaces) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBetaSlackWorkspacesWithStreamingResponse:
    """`AsyncBetaSlackWorkspaces`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaSlackWorkspaces) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)
