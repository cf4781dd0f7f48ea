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
    from ..types._models.service_account_workspace_member import ServiceAccountWorkspaceMember
    from ..types._models.service_account_workspace_remove_response import (
        ServiceAccountWorkspaceRemoveResponse,
    )
    from ..types._params.no_billing_workspace_role_param import NoBillingWorkspaceRoleParam

__all__ = ["BetaWorkspaces", "AsyncBetaWorkspaces"]

from ._ops_organization_service_accounts_workspaces import (
    _load_service_account_workspace_member,
    _load_service_account_workspace_member_page,
    _load_service_account_workspace_remove_response,
    _organization_service_accounts_workspaces_add_options,
    _organization_service_accounts_workspaces_list_options,
    _organization_service_accounts_workspaces_remove_options,
)


class BetaWorkspaces(SyncResource):
    """`client.beta.organization.service_accounts.workspaces`: the beta.organization.service_accounts.workspaces operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaWorkspacesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaWorkspacesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWorkspacesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaWorkspacesWithStreamingResponse(self)

    def add(
        self,
        service_account_id: str,
        *,
        workspace_id: str,
        workspace_role: NoBillingWorkspaceRoleParam,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ServiceAccountWorkspaceMember:
        """Add a service account to a workspace.

        Args:
            service_account_id: ID of the service account.
            workspace_id: ID of the workspace.
            workspace_role: The role to give it.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ServiceAccountWorkspaceMember: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_service_accounts_workspaces_add_options(
            service_account_id=service_account_id,
            workspace_id=workspace_id,
            workspace_role=workspace_role,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_service_account_workspace_member))

    def list(
        self,
        service_account_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ServiceAccountWorkspaceMember]:
        """List the workspaces a service account belongs to.

        Args:
            service_account_id: ID of the service account.
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
            Page[ServiceAccountWorkspaceMember]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_service_accounts_workspaces_list_options(
            service_account_id=service_account_id,
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
            options, PageSpec(page=_load_service_account_workspace_member_page)
        )

    def remove(
        self,
        workspace_id: str,
        *,
        service_account_id: str,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ServiceAccountWorkspaceRemoveResponse:
        """Remove a service account from a workspace.

        Args:
            service_account_id: ID of the service account.
            workspace_id: ID of the workspace.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ServiceAccountWorkspaceRemoveResponse: the parsed response; `.to_json()` gives back
                its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_service_accounts_workspaces_remove_options(
            service_account_id=service_account_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            options, value_cast(_load_service_account_workspace_remove_response)
        )


class BetaWorkspacesWithRawResponse:
    """`BetaWorkspaces`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaWorkspaces) -> None:
        self._resource = resource
        self.add = raw_response_wrapper(resource.add)
        self.list = raw_response_wrapper(resource.list)
        self.remove = raw_response_wrapper(resource.remove)


class BetaWorkspacesWithStreamingResponse:
    """`BetaWorkspaces`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaWorkspaces) -> None:
        self._resource = resource
        self.add = streaming_response_wrapper(resource.add)
        self.list = streaming_response_wrapper(resource.list)
        self.remove = streaming_response_wrapper(resource.remove)


class AsyncBetaWorkspaces(AsyncResource):
    """`client.beta.organization.service_accounts.workspaces`: the beta.organization.service_accounts.workspaces operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaWorkspacesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaWorkspacesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWorkspacesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaWorkspacesWithStreamingResponse(self)

    async def add(
        self,
        service_account_id: str,
        *,
        workspace_id: str,
        workspace_role: NoBillingWorkspaceRoleParam,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ServiceAccountWorkspaceMember:
        """Add a service account to a workspace.

        Args:
            service_account_id: ID of the service account.
            workspace_id: ID of the workspace.
            workspace_role: The role to give it.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ServiceAccountWorkspaceMember: the parsed response; `.to_json()` gives back its
                JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_service_accounts_workspaces_add_options(
            service_account_id=service_account_id,
            workspace_id=workspace_id,
            workspace_role=workspace_role,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_service_account_workspace_member)
        )

    def list(
        self,
        service_account_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ServiceAccountWorkspaceMember]:
        """List the workspaces a service account belongs to.

        Args:
            service_account_id: ID of the service account.
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
            Page[ServiceAccountWorkspaceMember]: one page; iterating it yields every item across
                pages, fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_service_accounts_workspaces_list_options(
            service_account_id=service_account_id,
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
            options, PageSpec(page=_load_service_account_workspace_member_page)
        )

    async def remove(
        self,
        workspace_id: str,
        *,
        service_account_id: str,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ServiceAccountWorkspaceRemoveResponse:
        """Remove a service account from a workspace.

        Args:
            service_account_id: ID of the service account.
            workspace_id: ID of the workspace.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ServiceAccountWorkspaceRemoveResponse: the parsed response; `.to_json()` gives back
                its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_service_accounts_workspaces_remove_options(
            service_account_id=service_account_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_service_account_workspace_remove_response)
        )


class AsyncBetaWorkspacesWithRawResponse:
    """`AsyncBetaWorkspaces`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaWorkspaces) -> None:
        self._resource = resource
        self.add = async_raw_response_wrapper(resource.add)
        self.list = async_raw_response_wrapper(resource.list)
        self.remove = async_raw_response_wrapper(resource.remove)


class AsyncBetaWorkspacesWithStreamingResponse:
    """`AsyncBetaWorkspaces`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaWorkspaces) -> None:
        self._resource = resource
        self.add = async_streaming_response_wrapper(resource.add)
        self.list = async_streaming_response_wrapper(resource.list)
        self.remove = async_streaming_response_wrapper(resource.remove)
