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
    from ..types._models.deleted_rbac_group_member import DeletedRBACGroupMember
    from ..types._models.rbac_group_member import RBACGroupMember

__all__ = ["BetaMembers", "AsyncBetaMembers"]

from ._ops_organization_rbac_groups_members import (
    _load_deleted_rbac_group_member,
    _load_rbac_group_member,
    _load_rbac_group_member_page,
    _organization_rbac_groups_members_add_options,
    _organization_rbac_groups_members_list_options,
    _organization_rbac_groups_members_remove_options,
)


class BetaMembers(SyncResource):
    """`client.beta.organization.rbac_groups.members`: the beta.organization.rbac_groups.members operations of the Claude API."""

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
        rbac_group_id: str,
        *,
        user_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RBACGroupMember:
        """Add a user to a group.

        Args:
            rbac_group_id: ID of the group.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            user_id: ID of the user.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            RBACGroupMember: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_rbac_groups_members_add_options(
            rbac_group_id=rbac_group_id,
            workspace_id=workspace_id,
            user_id=user_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_rbac_group_member))

    def list(
        self,
        rbac_group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[RBACGroupMember]:
        """List a group's members.

        Args:
            rbac_group_id: ID of the group.
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
            Page[RBACGroupMember]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_rbac_groups_members_list_options(
            rbac_group_id=rbac_group_id,
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
        return self._client.request_page(options, PageSpec(page=_load_rbac_group_member_page))

    def remove(
        self,
        user_id: str,
        *,
        rbac_group_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedRBACGroupMember:
        """Remove a user from a group.

        Args:
            rbac_group_id: ID of the group.
            user_id: ID of the user.
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
            DeletedRBACGroupMember: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_rbac_groups_members_remove_options(
            rbac_group_id=rbac_group_id,
            user_id=user_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_deleted_rbac_group_member))


class BetaMembersWithRawResponse:
    """`BetaMembers`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaMembers) -> None:
        self._resource = resource
        self.add = raw_response_wrapper(resource.add)
        self.list = raw_response_wrapper(resource.list)
        self.remove = raw_response_wrapper(resource.remove)


class BetaMembersWithStreamingResponse:
    """`BetaMembers`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaMembers) -> None:
        self._resource = resource
        self.add = streaming_response_wrapper(resource.add)
        self.list = streaming_response_wrapper(resource.list)
        self.remove = streaming_response_wrapper(resource.remove)


class AsyncBetaMembers(AsyncResource):
    """`client.beta.organization.rbac_groups.members`: the beta.organization.rbac_groups.members operations of the Claude API."""

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
        rbac_group_id: str,
        *,
        user_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RBACGroupMember:
        """Add a user to a group.

        Args:
            rbac_group_id: ID of the group.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            user_id: ID of the user.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            RBACGroupMember: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_rbac_groups_members_add_options(
            rbac_group_id=rbac_group_id,
            workspace_id=workspace_id,
            user_id=user_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_rbac_group_member))

    def list(
        self,
        rbac_group_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[RBACGroupMember]:
        """List a group's members.

        Args:
            rbac_group_id: ID of the group.
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
            Page[RBACGroupMember]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_rbac_groups_members_list_options(
            rbac_group_id=rbac_group_id,
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
        return self._client.request_page(options, PageSpec(page=_load_rbac_group_member_page))

    async def remove(
        self,
        user_id: str,
        *,
        rbac_group_id: str,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedRBACGroupMember:
        """Remove a user from a group.

        Args:
            rbac_group_id: ID of the group.
            user_id: ID of the user.
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
            DeletedRBACGroupMember: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_rbac_groups_members_remove_options(
            rbac_group_id=rbac_group_id,
            user_id=user_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_deleted_rbac_group_member))


class AsyncBetaMembersWithRawResponse:
    """`AsyncBetaMembers`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaMembers) -> None:
        self._resource = resource
        self.add = async_raw_response_wrapper(resource.add)
        self.list = async_raw_response_wrapper(resource.list)
        self.remove = async_raw_response_wrapper(resource.remove)


class AsyncBetaMembersWithStreamingResponse:
    """`AsyncBetaMembers`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaMembers) -> None:
        self._resource = resource
        self.add = async_streaming_response_wrapper(resource.add)
        self.list = async_streaming_response_wrapper(resource.list)
        self.remove = async_streaming_response_wrapper(resource.remove)
