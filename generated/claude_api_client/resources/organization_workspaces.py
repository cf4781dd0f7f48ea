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
    from ..types._models.workspace import Workspace
    from ..types._params.data_residency_create_config_param import DataResidencyCreateConfigParam
    from ..types._params.data_residency_update_config_param import DataResidencyUpdateConfigParam
    from .organization_workspaces_members import (
        AsyncMembers,
        AsyncMembersWithRawResponse,
        AsyncMembersWithStreamingResponse,
        Members,
        MembersWithRawResponse,
        MembersWithStreamingResponse,
    )
    from .organization_workspaces_rate_limits import (
        AsyncRateLimits,
        AsyncRateLimitsWithRawResponse,
        AsyncRateLimitsWithStreamingResponse,
        RateLimits,
        RateLimitsWithRawResponse,
        RateLimitsWithStreamingResponse,
    )
    from .organization_workspaces_service_accounts import (
        AsyncServiceAccounts,
        AsyncServiceAccountsWithRawResponse,
        AsyncServiceAccountsWithStreamingResponse,
        ServiceAccounts,
        ServiceAccountsWithRawResponse,
        ServiceAccountsWithStreamingResponse,
    )

__all__ = ["Workspaces", "AsyncWorkspaces"]

from ._ops_organization_workspaces import (
    _load_workspace,
    _load_workspace_page,
    _organization_workspaces_archive_options,
    _organization_workspaces_create_options,
    _organization_workspaces_list_options,
    _organization_workspaces_retrieve_options,
    _organization_workspaces_update_options,
)


class Workspaces(SyncResource):
    """`client.organization.workspaces`: the organization.workspaces operations of the Claude API."""

    @cached_property
    def members(self) -> Members:
        from .organization_workspaces_members import Members

        return Members(self._client)

    @cached_property
    def rate_limits(self) -> RateLimits:
        from .organization_workspaces_rate_limits import RateLimits

        return RateLimits(self._client)

    @cached_property
    def service_accounts(self) -> ServiceAccounts:
        from .organization_workspaces_service_accounts import ServiceAccounts

        return ServiceAccounts(self._client)

    @cached_property
    def with_raw_response(self) -> WorkspacesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return WorkspacesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> WorkspacesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return WorkspacesWithStreamingResponse(self)

    def archive(
        self,
        workspace_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Archive a workspace; its API keys stop working.

        Args:
            workspace_id: ID of the workspace.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_archive_options(
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_workspace))

    def create(
        self,
        *,
        name: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        data_residency: DataResidencyCreateConfigParam | None | NotGiven = NOT_GIVEN,
        display_color: str | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        tags: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        user_profile_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Create a workspace.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            name: The workspace's name.
            data_residency: Where the workspace keeps its data and runs its requests.
            display_color: Colour of the workspace in the Console, as a hex code.
            external_key_id: A customer-managed encryption key configuration to encrypt the
                workspace's data with (needs CMEK enabled for the organization).
            tags: Your own key-value labels; keys may not start with `anthropic`.
            user_profile_id: A user profile that every request through the workspace must then
                name.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_create_options(
            workspace_id=workspace_id,
            name=name,
            data_residency=data_residency,
            display_color=display_color,
            external_key_id=external_key_id,
            tags=tags,
            user_profile_id=user_profile_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_workspace))

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        ids: Sequence[str] | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        include_default: bool | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Workspace]:
        """List the organization's workspaces.

        Args:
            before_id: Return the page that ends just before this ID.
            after_id: Return the page that starts just after this ID.
            limit: Items per page, 1 to 1000 (default 20).
            ids: Only the workspaces with these IDs (at most 100).
            include_archived: Include archived workspaces (left out by default).
            include_default: Include the organization's default workspace.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[Workspace]: one page; iterating it yields every item across pages, fetching the
                next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_workspaces_list_options(
            before_id=before_id,
            after_id=after_id,
            limit=limit,
            ids=ids,
            include_archived=include_archived,
            include_default=include_default,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_workspace_page))

    def retrieve(
        self,
        workspace_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Get a workspace.

        Args:
            workspace_id: ID of the workspace.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_retrieve_options(
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_workspace))

    def update(
        self,
        workspace_id: str,
        *,
        data_residency: DataResidencyUpdateConfigParam | None | NotGiven = NOT_GIVEN,
        display_color: str | NotGiven = NOT_GIVEN,
        external_key_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        tags: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Change a workspace.

        Args:
            workspace_id: ID of the workspace.
            data_residency: New data residency settings.
            display_color: New Console colour, as a hex code.
            external_key_id: A customer-managed encryption key configuration to attach; once
                attached it cannot be detached or replaced.
            name: New name.
            tags: Labels to set; a null value removes that key.
            user_profile_id: A user profile to attach; once set it cannot be replaced or
                removed.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_update_options(
            workspace_id=workspace_id,
            data_residency=data_residency,
            display_color=display_color,
            external_key_id=external_key_id,
            name=name,
            tags=tags,
            user_profile_id=user_profile_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_workspace))


class WorkspacesWithRawResponse:
    """`Workspaces`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: Workspaces) -> None:
        self._resource = resource
        self.archive = raw_response_wrapper(resource.archive)
        self.create = raw_response_wrapper(resource.create)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)

    @cached_property
    def members(self) -> MembersWithRawResponse:
        from .organization_workspaces_members import MembersWithRawResponse

        return MembersWithRawResponse(self._resource.members)

    @cached_property
    def rate_limits(self) -> RateLimitsWithRawResponse:
        from .organization_workspaces_rate_limits import RateLimitsWithRawResponse

        return RateLimitsWithRawResponse(self._resource.rate_limits)

    @cached_property
    def service_accounts(self) -> ServiceAccountsWithRawResponse:
        from .organization_workspaces_service_accounts import ServiceAccountsWithRawResponse

        return ServiceAccountsWithRawResponse(self._resource.service_accounts)


class WorkspacesWithStreamingResponse:
    """`Workspaces`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: Workspaces) -> None:
        self._resource = resource
        self.archive = streaming_response_wrapper(resource.archive)
        self.create = streaming_response_wrapper(resource.create)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)

    @cached_property
    def members(self) -> MembersWithStreamingResponse:
        from .organization_workspaces_members import MembersWithStreamingResponse

        return MembersWithStreamingResponse(self._resource.members)

    @cached_property
    def rate_limits(self) -> RateLimitsWithStreamingResponse:
        from .organization_workspaces_rate_limits import RateLimitsWithStreamingResponse

        return RateLimitsWithStreamingResponse(self._resource.rate_limits)

    @cached_property
    def service_accounts(self) -> ServiceAccountsWithStreamingResponse:
        from .organization_workspaces_service_accounts import ServiceAccountsWithStreamingResponse

        return ServiceAccountsWithStreamingResponse(self._resource.service_accounts)


class AsyncWorkspaces(AsyncResource):
    """`client.organization.workspaces`: the organization.workspaces operations of the Claude API."""

    @cached_property
    def members(self) -> AsyncMembers:
        from .organization_workspaces_members import AsyncMembers

        return AsyncMembers(self._client)

    @cached_property
    def rate_limits(self) -> AsyncRateLimits:
        from .organization_workspaces_rate_limits import AsyncRateLimits

        return AsyncRateLimits(self._client)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccounts:
        from .organization_workspaces_service_accounts import AsyncServiceAccounts

        return AsyncServiceAccounts(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncWorkspacesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncWorkspacesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncWorkspacesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncWorkspacesWithStreamingResponse(self)

    async def archive(
        self,
        workspace_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Archive a workspace; its API keys stop working.

        Args:
            workspace_id: ID of the workspace.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_archive_options(
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_workspace))

    async def create(
        self,
        *,
        name: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        data_residency: DataResidencyCreateConfigParam | None | NotGiven = NOT_GIVEN,
        display_color: str | None | NotGiven = NOT_GIVEN,
        external_key_id: str | None | NotGiven = NOT_GIVEN,
        tags: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        user_profile_id: str | None | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Create a workspace.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            name: The workspace's name.
            data_residency: Where the workspace keeps its data and runs its requests.
            display_color: Colour of the workspace in the Console, as a hex code.
            external_key_id: A customer-managed encryption key configuration to encrypt the
                workspace's data with (needs CMEK enabled for the organization).
            tags: Your own key-value labels; keys may not start with `anthropic`.
            user_profile_id: A user profile that every request through the workspace must then
                name.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_create_options(
            workspace_id=workspace_id,
            name=name,
            data_residency=data_residency,
            display_color=display_color,
            external_key_id=external_key_id,
            tags=tags,
            user_profile_id=user_profile_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_workspace))

    def list(
        self,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        ids: Sequence[str] | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        include_default: bool | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Workspace]:
        """List the organization's workspaces.

        Args:
            before_id: Return the page that ends just before this ID.
            after_id: Return the page that starts just after this ID.
            limit: Items per page, 1 to 1000 (default 20).
            ids: Only the workspaces with these IDs (at most 100).
            include_archived: Include archived workspaces (left out by default).
            include_default: Include the organization's default workspace.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[Workspace]: one page; iterating it yields every item across pages, fetching the
                next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_workspaces_list_options(
            before_id=before_id,
            after_id=after_id,
            limit=limit,
            ids=ids,
            include_archived=include_archived,
            include_default=include_default,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_workspace_page))

    async def retrieve(
        self,
        workspace_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Get a workspace.

        Args:
            workspace_id: ID of the workspace.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_retrieve_options(
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_workspace))

    async def update(
        self,
        workspace_id: str,
        *,
        data_residency: DataResidencyUpdateConfigParam | None | NotGiven = NOT_GIVEN,
        display_color: str | NotGiven = NOT_GIVEN,
        external_key_id: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        tags: Mapping[str, object] | None | NotGiven = NOT_GIVEN,
        user_profile_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Workspace:
        """Change a workspace.

        Args:
            workspace_id: ID of the workspace.
            data_residency: New data residency settings.
            display_color: New Console colour, as a hex code.
            external_key_id: A customer-managed encryption key configuration to attach; once
                attached it cannot be detached or replaced.
            name: New name.
            tags: Labels to set; a null value removes that key.
            user_profile_id: A user profile to attach; once set it cannot be replaced or
                removed.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Workspace: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_update_options(
            workspace_id=workspace_id,
            data_residency=data_residency,
            display_color=display_color,
            external_key_id=external_key_id,
            name=name,
            tags=tags,
            user_profile_id=user_profile_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_workspace))


class AsyncWorkspacesWithRawResponse:
    """`AsyncWorkspaces`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncWorkspaces) -> None:
        self._resource = resource
        self.archive = async_raw_response_wrapper(resource.archive)
        self.create = async_raw_response_wrapper(resource.create)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)

    @cached_property
    def members(self) -> AsyncMembersWithRawResponse:
        from .organization_workspaces_members import AsyncMembersWithRawResponse

        return AsyncMembersWithRawResponse(self._resource.members)

    @cached_property
    def rate_limits(self) -> AsyncRateLimitsWithRawResponse:
        from .organization_workspaces_rate_limits import AsyncRateLimitsWithRawResponse

        return AsyncRateLimitsWithRawResponse(self._resource.rate_limits)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccountsWithRawResponse:
        from .organization_workspaces_service_accounts import AsyncServiceAccountsWithRawResponse

        return AsyncServiceAccountsWithRawResponse(self._resource.service_accounts)


class AsyncWorkspacesWithStreamingResponse:
    """`AsyncWorkspaces`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncWorkspaces) -> None:
        self._resource = resource
        self.archive = async_streaming_response_wrapper(resource.archive)
        self.create = async_streaming_response_wrapper(resource.create)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)

    @cached_property
    def members(self) -> AsyncMembersWithStreamingResponse:
        from .organization_workspaces_members import AsyncMembersWithStreamingResponse

        return AsyncMembersWithStreamingResponse(self._resource.members)

    @cached_property
    def rate_limits(self) -> AsyncRateLimitsWithStreamingResponse:
        from .organization_workspaces_rate_limits import AsyncRateLimitsWithStreamingResponse

        return AsyncRateLimitsWithStreamingResponse(self._resource.rate_limits)

    @cached_property
    def service_accounts(self) -> AsyncServiceAccountsWithStreamingResponse:
        from .organization_workspaces_service_accounts import (
            AsyncServiceAccountsWithStreamingResponse,
        )

        return AsyncServiceAccountsWithStreamingResponse(self._resource.service_accounts)
