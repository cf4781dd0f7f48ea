# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from ..._core._casts import value_cast
from ..._core._resource import AsyncResource, SyncResource
from ..._core._response_modes import (
    async_raw_response_wrapper,
    async_streaming_response_wrapper,
    raw_response_wrapper,
    streaming_response_wrapper,
)
from ..._core._types import NOT_GIVEN, Body, Headers, NotGiven, Query

if TYPE_CHECKING:
    import httpx

    from ..._core._pagination import AsyncPaginator, SyncPage
    from ...types._models.deleted_user_profile import DeletedUserProfile
    from ...types._models.user_profile import UserProfile
    from ...types._params.user_profile_access_type_param import UserProfileAccessTypeParam
    from ...types._params.user_profile_enforcement_status_param import (
        UserProfileEnforcementStatusParam,
    )
    from ...types._params.user_profile_external_user_details_params import (
        UserProfileExternalUserDetailsParams,
    )
    from ...types._params.user_profile_list_order_by_param import UserProfileListOrderByParam
    from ...types._params.user_profile_list_order_param import UserProfileListOrderParam
    from ..user_profiles_action_urls import (
        ActionUrls,
        ActionUrlsWithRawResponse,
        ActionUrlsWithStreamingResponse,
        AsyncActionUrls,
        AsyncActionUrlsWithRawResponse,
        AsyncActionUrlsWithStreamingResponse,
    )

__all__ = ["UserProfiles", "AsyncUserProfiles"]

from .._ops_user_profiles import (
    _load_deleted_user_profile,
    _load_user_profile,
    _load_user_profile_page,
    _user_profiles_create_options,
    _user_profiles_delete_options,
    _user_profiles_list_options,
    _user_profiles_retrieve_options,
    _user_profiles_update_options,
)


class UserProfiles(SyncResource):
    """`client.user_profiles`: the user_profiles operations of the Claude API."""

    @cached_property
    def action_urls(self) -> ActionUrls:
        from ..user_profiles_action_urls import ActionUrls

        return ActionUrls(self._client)

    @cached_property
    def with_raw_response(self) -> UserProfilesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return UserProfilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UserProfilesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return UserProfilesWithStreamingResponse(self)

    def create(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        access_type: UserProfileAccessTypeParam | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        external_user_details: UserProfileExternalUserDetailsParams | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserProfile:
        """Create a user profile.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            name: Real-world name of the person or company.
            access_type: How the platform uses the API for this entity.
            metadata: Your own key-value labels (up to 16 pairs).
            external_user_details: What the platform states about the entity (newer than the
                2026-08-18 beta).
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            UserProfile: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_create_options(
            workspace_id=workspace_id,
            name=name,
            access_type=access_type,
            metadata=metadata,
            external_user_details=external_user_details,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_user_profile))

    def delete(
        self,
        user_profile_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedUserProfile:
        """Delete a user profile.

        Args:
            user_profile_id: ID of the user profile.
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
            DeletedUserProfile: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_delete_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_deleted_user_profile))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        order: UserProfileListOrderParam | NotGiven = NOT_GIVEN,
        order_by: UserProfileListOrderByParam | NotGiven = NOT_GIVEN,
        enforcement_status: Sequence[UserProfileEnforcementStatusParam] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPage[UserProfile]:
        """List user profiles.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            order: Sort direction, `asc` or `desc`.
            order_by: Sort by `created_at` (the default) or `name`.
            enforcement_status: Only profiles whose `enforcement_status` is one of these; a
                filtered page may hold fewer than `limit` profiles (even none) and still have a
                `next_page`.
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
            Page[UserProfile]: one page; iterating it yields every item across pages, fetching
                the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from ..._core._pagination import PageSpec

        options = _user_profiles_list_options(
            limit=limit,
            page=page,
            order=order,
            order_by=order_by,
            enforcement_status=enforcement_status,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_user_profile_page))

    def retrieve(
        self,
        user_profile_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserProfile:
        """Get a user profile.

        Args:
            user_profile_id: ID of the user profile.
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
            UserProfile: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_retrieve_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_user_profile))

    def update(
        self,
        user_profile_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        access_type: UserProfileAccessTypeParam | None | NotGiven = NOT_GIVEN,
        external_user_details: UserProfileExternalUserDetailsParams | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserProfile:
        """Change a user profile.

        Args:
            user_profile_id: ID of the user profile.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            metadata: Labels to merge in; a null value deletes that key.
            name: New name; omit to keep it.
            access_type: New access type; omit to keep it.
            external_user_details: New details about the entity; omit to keep them.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            UserProfile: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_update_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            metadata=metadata,
            name=name,
            access_type=access_type,
            external_user_details=external_user_details,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_user_profile))


class UserProfilesWithRawResponse:
    """`UserProfiles`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: UserProfiles) -> None:
        self._resource = resource
        self.create = raw_response_wrapper(resource.create)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)

    @cached_property
    def action_urls(self) -> ActionUrlsWithRawResponse:
        from ..user_profiles_action_urls import ActionUrlsWithRawResponse

        return ActionUrlsWithRawResponse(self._resource.action_urls)


class UserProfilesWithStreamingResponse:
    """`UserProfiles`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: UserProfiles) -> None:
        self._resource = resource
        self.create = streaming_response_wrapper(resource.create)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)

    @cached_property
    def action_urls(self) -> ActionUrlsWithStreamingResponse:
        from ..user_profiles_action_urls import ActionUrlsWithStreamingResponse

        return ActionUrlsWithStreamingResponse(self._resource.action_urls)


class AsyncUserProfiles(AsyncResource):
    """`client.user_profiles`: the user_profiles operations of the Claude API."""

    @cached_property
    def action_urls(self) -> AsyncActionUrls:
        from ..user_profiles_action_urls import AsyncActionUrls

        return AsyncActionUrls(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncUserProfilesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncUserProfilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUserProfilesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncUserProfilesWithStreamingResponse(self)

    async def create(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        access_type: UserProfileAccessTypeParam | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        external_user_details: UserProfileExternalUserDetailsParams | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserProfile:
        """Create a user profile.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            name: Real-world name of the person or company.
            access_type: How the platform uses the API for this entity.
            metadata: Your own key-value labels (up to 16 pairs).
            external_user_details: What the platform states about the entity (newer than the
                2026-08-18 beta).
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            UserProfile: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_create_options(
            workspace_id=workspace_id,
            name=name,
            access_type=access_type,
            metadata=metadata,
            external_user_details=external_user_details,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_user_profile))

    async def delete(
        self,
        user_profile_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeletedUserProfile:
        """Delete a user profile.

        Args:
            user_profile_id: ID of the user profile.
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
            DeletedUserProfile: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_delete_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_deleted_user_profile))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        page: str | NotGiven = NOT_GIVEN,
        order: UserProfileListOrderParam | NotGiven = NOT_GIVEN,
        order_by: UserProfileListOrderByParam | NotGiven = NOT_GIVEN,
        enforcement_status: Sequence[UserProfileEnforcementStatusParam] | NotGiven = NOT_GIVEN,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[UserProfile]:
        """List user profiles.

        Args:
            limit: Items per page.
            page: The `next_page` of the previous page; omit for the first page.
            order: Sort direction, `asc` or `desc`.
            order_by: Sort by `created_at` (the default) or `name`.
            enforcement_status: Only profiles whose `enforcement_status` is one of these; a
                filtered page may hold fewer than `limit` profiles (even none) and still have a
                `next_page`.
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
            Page[UserProfile]: one page; iterating it yields every item across pages, fetching
                the next page as you go.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        from ..._core._pagination import PageSpec

        options = _user_profiles_list_options(
            limit=limit,
            page=page,
            order=order,
            order_by=order_by,
            enforcement_status=enforcement_status,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request_page(options, PageSpec(page=_load_user_profile_page))

    async def retrieve(
        self,
        user_profile_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserProfile:
        """Get a user profile.

        Args:
            user_profile_id: ID of the user profile.
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
            UserProfile: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_retrieve_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_user_profile))

    async def update(
        self,
        user_profile_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        access_type: UserProfileAccessTypeParam | None | NotGiven = NOT_GIVEN,
        external_user_details: UserProfileExternalUserDetailsParams | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserProfile:
        """Change a user profile.

        Args:
            user_profile_id: ID of the user profile.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            metadata: Labels to merge in; a null value deletes that key.
            name: New name; omit to keep it.
            access_type: New access type; omit to keep it.
            external_user_details: New details about the entity; omit to keep them.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            UserProfile: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_update_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            metadata=metadata,
            name=name,
            access_type=access_type,
            external_user_details=external_user_details,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_user_profile))


class AsyncUserProfilesWithRawResponse:
    """`AsyncUserProfiles`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncUserProfiles) -> None:
        self._resource = resource
        self.create = async_raw_response_wrapper(resource.create)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)

    @cached_property
    def action_urls(self) -> AsyncActionUrlsWithRawResponse:
        from ..user_profiles_action_urls import AsyncActionUrlsWithRawResponse

        return AsyncActionUrlsWithRawResponse(self._resource.action_urls)


class AsyncUserProfilesWithStreamingResponse:
    """`AsyncUserProfiles`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncUserProfiles) -> None:
        self._resource = resource
        self.create = async_streaming_response_wrapper(resource.create)
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)

    @cached_property
    def action_urls(self) -> AsyncActionUrlsWithStreamingResponse:
        from ..user_profiles_action_urls import AsyncActionUrlsWithStreamingResponse

        return AsyncActionUrlsWithStreamingResponse(self._resource.action_urls)
