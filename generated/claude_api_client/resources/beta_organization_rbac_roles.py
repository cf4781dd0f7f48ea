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
    from ..types._models.rbac_role import RBACRole
    from .beta_organization_rbac_roles_permissions import (
        AsyncBetaPermissions,
        AsyncBetaPermissionsWithRawResponse,
        AsyncBetaPermissionsWithStreamingResponse,
        BetaPermissions,
        BetaPermissionsWithRawResponse,
        BetaPermissionsWithStreamingResponse,
    )

__all__ = ["BetaRbacRoles", "AsyncBetaRbacRoles"]

from ._ops_organization_rbac_roles import (
    _load_rbac_role,
    _load_rbac_role_page,
    _organization_rbac_roles_list_options,
    _organization_rbac_roles_retrieve_options,
)


class BetaRbacRoles(SyncResource):
    """`client.beta.organization.rbac_roles`: the beta.organization.rbac_roles operations of the Claude API."""

    @cached_property
    def permissions(self) -> BetaPermissions:
        from .beta_organization_rbac_roles_permissions import BetaPermissions

        return BetaPermissions(self._client)

    @cached_property
    def with_raw_response(self) -> BetaRbacRolesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaRbacRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaRbacRolesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaRbacRolesWithStreamingResponse(self)

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
    ) -> SyncPage[RBACRole]:
        """List the roles groups can be given.

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
            Page[RBACRole]: one page; iterating it yields every item across pages, fetching the
                next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_rbac_roles_list_options(
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
        return self._client.request_page(options, PageSpec(page=_load_rbac_role_page))

    def retrieve(
        self,
        rbac_role_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RBACRole:
        """Get a role.

        Args:
            rbac_role_id: ID of the role.
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
            RBACRole: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_rbac_roles_retrieve_options(
            rbac_role_id=rbac_role_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_rbac_role))


class BetaRbacRolesWithRawResponse:
    """`BetaRbacRoles`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaRbacRoles) -> None:
        self._resource = resource
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)

    @cached_property
    def permissions(self) -> BetaPermissionsWithRawResponse:
        from .beta_organization_rbac_roles_permissions import BetaPermissionsWithRawResponse

        return BetaPermissionsWithRawResponse(self._resource.permissions)


class BetaRbacRolesWithStreamingResponse:
    """`BetaRbacRoles`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaRbacRoles) -> None:
        self._resource = resource
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)

    @cached_property
    def permissions(self) -> BetaPermissionsWithStreamingResponse:
        from .beta_organization_rbac_roles_permissions import BetaPermissionsWithStreamingResponse

        return BetaPermissionsWithStreamingResponse(self._resource.permissions)


class AsyncBetaRbacRoles(AsyncResource):
    """`client.beta.organization.rbac_roles`: the beta.organization.rbac_roles operations of the Claude API."""

    @cached_property
    def permissions(self) -> AsyncBetaPermissions:
        from .beta_organization_rbac_roles_permissions import AsyncBetaPermissions

        return AsyncBetaPermissions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaRbacRolesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaRbacRolesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaRbacRolesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaRbacRolesWithStreamingResponse(self)

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
    ) -> AsyncPaginator[RBACRole]:
        """List the roles groups can be given.

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
            Page[RBACRole]: one page; iterating it yields every item across pages, fetching the
                next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from .._core._pagination import PageSpec

        options = _organization_rbac_roles_list_options(
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
        return self._client.request_page(options, PageSpec(page=_load_rbac_role_page))

    async def retrieve(
        self,
        rbac_role_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RBACRole:
        """Get a role.

        Args:
            rbac_role_id: ID of the role.
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
            RBACRole: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_rbac_roles_retrieve_options(
            rbac_role_id=rbac_role_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_rbac_role))


class AsyncBetaRbacRolesWithRawResponse:
    """`AsyncBetaRbacRoles`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaRbacRoles) -> None:
        self._resource = resource
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)

    @cached_property
    def permissions(self) -> AsyncBetaPermissionsWithRawResponse:
        from .beta_organization_rbac_roles_permissions import AsyncBetaPermissionsWithRawResponse

        return AsyncBetaPermissionsWithRawResponse(self._resource.permissions)


class AsyncBetaRbacRolesWithStreamingResponse:
    """`AsyncBetaRbacRoles`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaRbacRoles) -> None:
        self._resource = resource
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)

    @cached_property
    def permissions(self) -> AsyncBetaPermissionsWithStreamingResponse:
        from .beta_organization_rbac_roles_permissions import (
            AsyncBetaPermissionsWithStreamingResponse,
        )

        return AsyncBetaPermissionsWithStreamingResponse(self._resource.permissions)
