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
    from ..types._models.rbac_role_permission import RBACRolePermission

__all__ = ["BetaPermissions", "AsyncBetaPermissions"]

from ._ops_organization_rbac_roles_permissions import (
    _load_rbac_role_permission_page,
    _organization_rbac_roles_permissions_list_options,
)


class BetaPermissions(SyncResource):
    """`client.beta.organization.rbac_roles.permissions`: the beta.organization.rbac_roles.permissions operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaPermissionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaPermissionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaPermissionsWithStreamingResponse(self)

    def list(
        self,
        rbac_role_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[RBACRolePermission]:
        """List what a role allows.

        Args:
            rbac_role_id: ID of the role.
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
            Page[RBACRolePermission]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_rbac_roles_permissions_list_options(
            rbac_role_id=rbac_role_id,
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
        return self._client.request_page(options, PageSpec(page=_load_rbac_role_permission_page))


class BetaPermissionsWithRawResponse:
    """`BetaPermissions`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaPermissions) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)


class BetaPermissionsWithStreamingResponse:
    """`BetaPermissions`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaPermissions) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)


class AsyncBetaPermissions(AsyncResource):
    """`client.beta.organization.rbac_roles.permissions`: the beta.organization.rbac_roles.permissions operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaPermissionsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaPermissionsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaPermissionsWithStreamingResponse(self)

    def list(
        self,
        rbac_role_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[RBACRolePermission]:
        """List what a role allows.

        Args:
            rbac_role_id: ID of the role.
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
            Page[RBACRolePermission]: one page; iterating it yields every item across pages,
                fetching the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_rbac_roles_permissions_list_options(
            rbac_role_id=rbac_role_id,
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
        return self._client.request_page(options, PageSpec(page=_load_rbac_role_permission_page))


class AsyncBetaPermissionsWithRawResponse:
    """`AsyncBetaPermissions`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaPermissions) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)


class AsyncBetaPermissionsWithStreamingResponse:
    """`AsyncBetaPermissions`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaPermissions) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
