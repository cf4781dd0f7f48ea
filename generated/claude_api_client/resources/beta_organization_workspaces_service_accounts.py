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

__all__ = ["BetaServiceAccounts", "AsyncBetaServiceAccounts"]

from ._ops_organization_workspaces_service_accounts import (
    _load_service_account_workspace_member,
    _load_service_account_workspace_member_page,
    _load_service_account_workspace_remove_response,
    _organization_workspaces_service_accounts_add_options,
    _organization_workspaces_service_accounts_list_options,
    _organization_workspaces_service_accounts_remove_options,
    _organization_workspaces_service_accounts_retrieve_options,
    _organization_workspaces_service_accounts_update_options,
)


class BetaServiceAccounts(SyncResource):
    """`client.beta.organization.workspaces.service_accounts`: the beta.organization.workspaces.service_accounts operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaServiceAccountsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaServiceAccountsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaServiceAccountsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaServiceAccountsWithStreamingResponse(self)

    def add(
        self,
        workspace_id: str,
        *,
        service_account_id: str,
        workspace_role: NoBillingWorkspaceRoleParam,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ServiceAccountWorkspaceMember:
        """Add a service account to this workspace.

        Args:
            workspace_id: ID of the workspace.
            service_account_id: ID of the service account.
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
        options = _organization_workspaces_service_accounts_add_options(
            workspace_id=workspace_id,
            service_account_id=service_account_id,
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
        workspace_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[ServiceAccountWorkspaceMember]:
        """List the service accounts of a workspace.

        Args:
            workspace_id: ID of the workspace.
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

        options = _organization_workspaces_service_accounts_list_options(
            workspace_id=workspace_id,
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
            options, PageSpec(page=_load_service_account_workspace_member_page)
        )

    def remove(
        self,
        service_account_id: str,
        *,
        workspace_id: str,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ServiceAccountWorkspaceRemoveResponse:
        """Remove a service account from this workspace.

        Args:
            workspace_id: ID of the workspace.
            service_account_id: ID of the service account.
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
        options = _organization_workspaces_service_accounts_remove_options(
            workspace_id=workspace_id,
            service_account_id=service_account_id,
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

    def retrieve(
        self,
        service_account_id: str,
        *,
        workspace_id: str,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ServiceAccountWorkspaceMember:
        """Get a service account's membership of this workspace.

        Args:
            workspace_id: ID of the workspace.
            service_account_id: ID of the service account.
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
        options = _organization_workspaces_service_accounts_retrieve_options(
            workspace_id=workspace_id,
            service_account_id=service_account_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_service_account_workspace_member))

    def update(
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
        """Change a service account's role in this workspace.

        Args:
            workspace_id: ID of the workspace.
            service_account_id: ID of the service account.
            workspace_role: The new role.
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
        options = _organization_workspaces_service_accounts_update_options(
            workspace_id=workspace_id,
            service_account_id=service_account_id,
            workspace_role=workspace_role,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_service_account_workspace_member))


class BetaServiceAccountsWithRawResponse:
    """`BetaServiceAccounts`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaServiceAccounts) -> None:
        self._resource = resource
        self.add = raw_response_wrapper(resource.add)
        self.list = raw_response_wrapper(resource.list)
        self.remove = raw_response_wrapper(resource.remove)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)


class BetaServiceAccountsWithStreamingResponse:
    """`BetaServiceAccounts`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaServiceAccounts) -> None:
        self._resource = resource
        self.add = streaming_response_wrapper(resource.add)
        self.list = streaming_response_wrapper(resource.list)
        self.remove = streaming_response_wrapper(resource.remove)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBetaServiceAccounts(AsyncResource):
    """`client.beta.organization.workspaces.service_accounts`: the beta.organization.workspaces.service_accounts operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaServiceAccountsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaServiceAccountsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaServiceAccountsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaServiceAccountsWithStreamingResponse(self)

    async def add(
        self,
        workspace_id: str,
        *,
        service_account_id: str,
        workspace_role: NoBillingWorkspaceRoleParam,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ServiceAccountWorkspaceMember:
        """Add a service account to this workspace.

        Args:
            workspace_id: ID of the workspace.
            service_account_id: ID of the service account.
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
        options = _organization_workspaces_service_accounts_add_options(
            workspace_id=workspace_id,
            service_account_id=service_account_id,
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
        workspace_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ServiceAccountWorkspaceMember]:
        """List the service accounts of a workspace.

        Args:
            workspace_id: ID of the workspace.
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

        options = _organization_workspaces_service_accounts_list_options(
            workspace_id=workspace_id,
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
            options, PageSpec(page=_load_service_account_workspace_member_page)
        )

    async def remove(
        self,
        service_account_id: str,
        *,
        workspace_id: str,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ServiceAccountWorkspaceRemoveResponse:
        """Remove a service account from this workspace.

        Args:
            workspace_id: ID of the workspace.
            service_account_id: ID of the service account.
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
        options = _organization_workspaces_service_accounts_remove_options(
            workspace_id=workspace_id,
            service_account_id=service_account_id,
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

    async def retrieve(
        self,
        service_account_id: str,
        *,
        workspace_id: str,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ServiceAccountWorkspaceMember:
        """Get a service account's membership of this workspace.

        Args:
            workspace_id: ID of the workspace.
            service_account_id: ID of the service account.
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
        options = _organization_workspaces_service_accounts_retrieve_options(
            workspace_id=workspace_id,
            service_account_id=service_account_id,
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

    async def update(
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
        """Change a service account's role in this workspace.

        Args:
            workspace_id: ID of the workspace.
            service_account_id: ID of the service account.
            workspace_role: The new role.
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
        options = _organization_workspaces_service_accounts_update_options(
            workspace_id=workspace_id,
            service_account_id=service_account_id,
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


class AsyncBetaServiceAccountsWithRawResponse:
    """`AsyncBetaServiceAccounts`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaServiceAccounts) -> None:
        self._resource = resource
        self.add = async_raw_response_wrapper(resource.add)
        self.list = async_raw_response_wrapper(resource.list)
        self.remove = async_raw_response_wrapper(resource.remove)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBetaServiceAccountsWithStreamingResponse:
    """`AsyncBetaServiceAccounts`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaServiceAccounts) -> None:
        self._resource = resource
        self.add = async_streaming_response_wrapper(resource.add)
        self.list = async_streaming_response_wrapper(resource.list)
        self.remove = async_streaming_response_wrapper(resource.remove)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)
