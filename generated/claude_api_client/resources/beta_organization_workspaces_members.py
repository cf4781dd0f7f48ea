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
    from ..types._models.member_remove_response import MemberRemoveResponse
    from ..types._models.workspace_member import WorkspaceMember
    from ..types._params.no_billing_workspace_role_param import NoBillingWorkspaceRoleParam
    from ..types._params.workspace_role_param import WorkspaceRoleParam

__all__ = ["BetaMembers", "AsyncBetaMembers"]

from ._ops_organization_workspaces_members import (
    _load_member_remove_response,
    _load_workspace_member,
    _load_workspace_member_page,
    _organization_workspaces_members_add_options,
    _organization_workspaces_members_list_options,
    _organization_workspaces_members_remove_options,
    _organization_workspaces_members_retrieve_options,
    _organization_workspaces_members_update_options,
)


class BetaMembers(SyncResource):
    """`client.beta.organization.workspaces.members`: the beta.organization.workspaces.members operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaMembersWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaMembersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaMembersWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaMembersWithStreamingResponse(self)

    def add(
        self,
        workspace_id: str,
        *,
        user_id: str,
        workspace_role: NoBillingWorkspaceRoleParam,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WorkspaceMember:
        """Add a user to a workspace.

        Args:
            workspace_id: ID of the workspace.
            user_id: ID of the user to add.
            workspace_role: The role to give them.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            WorkspaceMember: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_members_add_options(
            workspace_id=workspace_id,
            user_id=user_id,
            workspace_role=workspace_role,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_workspace_member))

    def list(
        self,
        workspace_id: str,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[WorkspaceMember]:
        """List a workspace's members.

        Args:
            workspace_id: ID of the workspace.
            before_id: Return the page that ends just before this ID.
            after_id: Return the page that starts just after this ID.
            limit: Items per page, 1 to 1000 (default 20).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[WorkspaceMember]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_workspaces_members_list_options(
            workspace_id=workspace_id,
            before_id=before_id,
            after_id=after_id,
            limit=limit,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_workspace_member_page))

    def remove(
        self,
        user_id: str,
        *,
        workspace_id: str,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MemberRemoveResponse:
        """Remove a user from a workspace.

        Args:
            workspace_id: ID of the workspace.
            user_id: ID of the user.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            MemberRemoveResponse: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_members_remove_options(
            workspace_id=workspace_id,
            user_id=user_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_member_remove_response))

    def retrieve(
        self,
        user_id: str,
        *,
        workspace_id: str,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WorkspaceMember:
        """Get a user's workspace membership.

        Args:
            workspace_id: ID of the workspace.
            user_id: ID of the user.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            WorkspaceMember: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_members_retrieve_options(
            workspace_id=workspace_id,
            user_id=user_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_workspace_member))

    def update(
        self,
        user_id: str,
        *,
        workspace_id: str,
        workspace_role: WorkspaceRoleParam,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WorkspaceMember:
        """Change a member's workspace role.

        Args:
            workspace_id: ID of the workspace.
            user_id: ID of the user.
            workspace_role: The new role.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            WorkspaceMember: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_members_update_options(
            workspace_id=workspace_id,
            user_id=user_id,
            workspace_role=workspace_role,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_workspace_member))


class BetaMembersWithRawResponse:
    """`BetaMembers`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaMembers) -> None:
        self._resource = resource
        self.add = raw_response_wrapper(resource.add)
        self.list = raw_response_wrapper(resource.list)
        self.remove = raw_response_wrapper(resource.remove)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)


class BetaMembersWithStreamingResponse:
    """`BetaMembers`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaMembers) -> None:
        self._resource = resource
        self.add = streaming_response_wrapper(resource.add)
        self.list = streaming_response_wrapper(resource.list)
        self.remove = streaming_response_wrapper(resource.remove)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBetaMembers(AsyncResource):
    """`client.beta.organization.workspaces.members`: the beta.organization.workspaces.members operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaMembersWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaMembersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaMembersWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaMembersWithStreamingResponse(self)

    async def add(
        self,
        workspace_id: str,
        *,
        user_id: str,
        workspace_role: NoBillingWorkspaceRoleParam,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WorkspaceMember:
        """Add a user to a workspace.

        Args:
            workspace_id: ID of the workspace.
            user_id: ID of the user to add.
            workspace_role: The role to give them.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            WorkspaceMember: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_members_add_options(
            workspace_id=workspace_id,
            user_id=user_id,
            workspace_role=workspace_role,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_workspace_member))

    def list(
        self,
        workspace_id: str,
        *,
        before_id: str | NotGiven = NOT_GIVEN,
        after_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[WorkspaceMember]:
        """List a workspace's members.

        Args:
            workspace_id: ID of the workspace.
            before_id: Return the page that ends just before this ID.
            after_id: Return the page that starts just after this ID.
            limit: Items per page, 1 to 1000 (default 20).
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            Page[WorkspaceMember]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_workspaces_members_list_options(
            workspace_id=workspace_id,
            before_id=before_id,
            after_id=after_id,
            limit=limit,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_workspace_member_page))

    async def remove(
        self,
        user_id: str,
        *,
        workspace_id: str,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MemberRemoveResponse:
        """Remove a user from a workspace.

        Args:
            workspace_id: ID of the workspace.
            user_id: ID of the user.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            MemberRemoveResponse: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_members_remove_options(
            workspace_id=workspace_id,
            user_id=user_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_member_remove_response))

    async def retrieve(
        self,
        user_id: str,
        *,
        workspace_id: str,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WorkspaceMember:
        """Get a user's workspace membership.

        Args:
            workspace_id: ID of the workspace.
            user_id: ID of the user.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            WorkspaceMember: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_members_retrieve_options(
            workspace_id=workspace_id,
            user_id=user_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_workspace_member))

    async def update(
        self,
        user_id: str,
        *,
        workspace_id: str,
        workspace_role: WorkspaceRoleParam,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> WorkspaceMember:
        """Change a member's workspace role.

        Args:
            workspace_id: ID of the workspace.
            user_id: ID of the user.
            workspace_role: The new role.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            WorkspaceMember: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_workspaces_members_update_options(
            workspace_id=workspace_id,
            user_id=user_id,
            workspace_role=workspace_role,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_workspace_member))


class AsyncBetaMembersWithRawResponse:
    """`AsyncBetaMembers`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaMembers) -> None:
        self._resource = resource
        self.add = async_raw_response_wrapper(resource.add)
        self.list = async_raw_response_wrapper(resource.list)
        self.remove = async_raw_response_wrapper(resource.remove)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBetaMembersWithStreamingResponse:
    """`AsyncBetaMembers`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaMembers) -> None:
        self._resource = resource
        self.add = async_streaming_response_wrapper(resource.add)
        self.list = async_streaming_response_wrapper(resource.list)
        self.remove = async_streaming_response_wrapper(resource.remove)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)
