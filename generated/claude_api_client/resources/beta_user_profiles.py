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
from .._core._validation import with_default_betas

if TYPE_CHECKING:
    from datetime import datetime

    import httpx

    from .._core._pagination import AsyncPaginator, SyncPage
    from ..types._models.deleted_user_profile import DeletedUserProfile
    from ..types._models.user_profile import UserProfile
    from ..types._models.user_profile_enrollment_url import UserProfileEnrollmentURL
    from ..types._params.user_profile_access_type_param import UserProfileAccessTypeParam
    from ..types._params.user_profile_enforcement_status_param import (
        UserProfileEnforcementStatusParam,
    )
    from ..types._params.user_profile_external_user_details_params import (
        UserProfileExternalUserDetailsParams,
    )
    from ..types._params.user_profile_list_order_by_param import UserProfileListOrderByParam
    from ..types._params.user_profile_list_order_param import UserProfileListOrderParam
    from ..types._params.user_profile_relationship_param import UserProfileRelationshipParam
    from .beta_user_profiles_action_urls import (
        AsyncBetaActionUrls,
        AsyncBetaActionUrlsWithRawResponse,
        AsyncBetaActionUrlsWithStreamingResponse,
        BetaActionUrls,
        BetaActionUrlsWithRawResponse,
        BetaActionUrlsWithStreamingResponse,
    )
    from .beta_user_profiles_providers import (
        AsyncBetaProviders,
        AsyncBetaProvidersWithRawResponse,
        AsyncBetaProvidersWithStreamingResponse,
        BetaProviders,
        BetaProvidersWithRawResponse,
        BetaProvidersWithStreamingResponse,
    )

__all__ = ["BetaUserProfiles", "AsyncBetaUserProfiles"]

from ._ops_user_profiles import (
    _load_deleted_user_profile,
    _load_user_profile,
    _load_user_profile_enrollment_url,
    _load_user_profile_page,
    _user_profiles_create_enrollment_url_options,
    _user_profiles_create_options,
    _user_profiles_delete_options,
    _user_profiles_list_options,
    _user_profiles_retrieve_options,
    _user_profiles_update_options,
)


class BetaUserProfiles(SyncResource):
    """`client.beta.user_profiles`: the beta.user_profiles operations of the Claude API."""

    @cached_property
    def action_urls(self) -> BetaActionUrls:
        from .beta_user_profiles_action_urls import BetaActionUrls

        return BetaActionUrls(self._client)

    @cached_property
    def providers(self) -> BetaProviders:
        from .beta_user_profiles_providers import BetaProviders

        return BetaProviders(self._client)

    @cached_property
    def with_raw_response(self) -> BetaUserProfilesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaUserProfilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaUserProfilesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaUserProfilesWithStreamingResponse(self)

    def create(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        external_id: str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        relationship: UserProfileRelationshipParam | NotGiven = NOT_GIVEN,
        access_type: UserProfileAccessTypeParam | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        external_user_details: UserProfileExternalUserDetailsParams | NotGiven = NOT_GIVEN,
        external_user_onboarded_at: str | datetime | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
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
            external_id: Your own identifier for this user or company; not required to be
                unique. (beta: user-profiles-2026-03-24, user-profiles-2026-08-18)
            name: Real-world name of the person or company.
            relationship: How the entity relates to the platform. (beta: user-
                profiles-2026-03-24, user-profiles-2026-08-18)
            access_type: How the platform uses the API for this entity.
            metadata: Your own key-value labels (up to 16 pairs).
            external_user_details: What the platform states about the entity (newer than the
                2026-08-18 beta).
            external_user_onboarded_at: When the entity opened its account with the platform
                (RFC 3339); the 2026-08-18 beta's field. (beta: user-profiles-2026-08-18)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
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
            external_id=external_id,
            name=name,
            relationship=relationship,
            access_type=access_type,
            metadata=metadata,
            external_user_details=external_user_details,
            external_user_onboarded_at=external_user_onboarded_at,
            betas=with_default_betas(betas, ["user-profiles-2026-08-18"]),
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_user_profile))

    def create_enrollment_url(
        self,
        user_profile_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserProfileEnrollmentURL:
        """Create a short-lived enrollment link for a user profile.

        Args:
            user_profile_id: ID of the user profile.
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
            UserProfileEnrollmentURL: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_create_enrollment_url_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_user_profile_enrollment_url))

    def delete(
        self,
        user_profile_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
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
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
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
            betas=with_default_betas(betas, ["user-profiles-2026-08-18"]),
            beta=True,
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
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
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
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
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
        from .._core._pagination import PageSpec

        options = _user_profiles_list_options(
            limit=limit,
            page=page,
            order=order,
            order_by=order_by,
            enforcement_status=enforcement_status,
            workspace_id=workspace_id,
            betas=with_default_betas(betas, ["user-profiles-2026-08-18"]),
            beta=True,
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
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
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
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
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
            betas=with_default_betas(betas, ["user-profiles-2026-08-18"]),
            beta=True,
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
        external_id: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        relationship: UserProfileRelationshipParam | None | NotGiven = NOT_GIVEN,
        access_type: UserProfileAccessTypeParam | None | NotGiven = NOT_GIVEN,
        external_user_details: UserProfileExternalUserDetailsParams | NotGiven = NOT_GIVEN,
        external_user_onboarded_at: str | datetime | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
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
            external_id: New external ID; omit to keep it. (beta: user-profiles-2026-03-24,
                user-profiles-2026-08-18)
            metadata: Labels to merge in; a null value deletes that key.
            name: New name; omit to keep it.
            relationship: New relationship; omit to keep it. (beta: user-profiles-2026-03-24,
                user-profiles-2026-08-18)
            access_type: New access type; omit to keep it.
            external_user_details: New details about the entity; omit to keep them.
            external_user_onboarded_at: When the entity opened its account with the platform
                (RFC 3339); the 2026-08-18 beta's field. (beta: user-profiles-2026-08-18)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
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
            external_id=external_id,
            metadata=metadata,
            name=name,
            relationship=relationship,
            access_type=access_type,
            external_user_details=external_user_details,
            external_user_onboarded_at=external_user_onboarded_at,
            betas=with_default_betas(betas, ["user-profiles-2026-08-18"]),
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_user_profile))


class BetaUserProfilesWithRawResponse:
    """`BetaUserProfiles`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaUserProfiles) -> None:
        self._resource = resource
        self.create = raw_response_wrapper(resource.create)
        self.create_enrollment_url = raw_response_wrapper(resource.create_enrollment_url)
        self.delete = raw_response_wrapper(resource.delete)
        self.list = raw_response_wrapper(resource.list)
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)

    @cached_property
    def action_urls(self) -> BetaActionUrlsWithRawResponse:
        from .beta_user_profiles_action_urls import BetaActionUrlsWithRawResponse

        return BetaActionUrlsWithRawResponse(self._resource.action_urls)

    @cached_property
    def providers(self) -> BetaProvidersWithRawResponse:
        from .beta_user_profiles_providers import BetaProvidersWithRawResponse

        return BetaProvidersWithRawResponse(self._resource.providers)


class BetaUserProfilesWithStreamingResponse:
    """`BetaUserProfiles`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaUserProfiles) -> None:
        self._resource = resource
        self.create = streaming_response_wrapper(resource.create)
        self.create_enrollment_url = streaming_response_wrapper(resource.create_enrollment_url)
        self.delete = streaming_response_wrapper(resource.delete)
        self.list = streaming_response_wrapper(resource.list)
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)

    @cached_property
    def action_urls(self) -> BetaActionUrlsWithStreamingResponse:
        from .beta_user_profiles_action_urls import BetaActionUrlsWithStreamingResponse

        return BetaActionUrlsWithStreamingResponse(self._resource.action_urls)

    @cached_property
    def providers(self) -> BetaProvidersWithStreamingResponse:
        from .beta_user_profiles_providers import BetaProvidersWithStreamingResponse

        return BetaProvidersWithStreamingResponse(self._resource.providers)


class AsyncBetaUserProfiles(AsyncResource):
    """`client.beta.user_profiles`: the beta.user_profiles operations of the Claude API."""

    @cached_property
    def action_urls(self) -> AsyncBetaActionUrls:
        from .beta_user_profiles_action_urls import AsyncBetaActionUrls

        return AsyncBetaActionUrls(self._client)

    @cached_property
    def providers(self) -> AsyncBetaProviders:
        from .beta_user_profiles_providers import AsyncBetaProviders

        return AsyncBetaProviders(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaUserProfilesWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaUserProfilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaUserProfilesWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaUserProfilesWithStreamingResponse(self)

    async def create(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        external_id: str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        relationship: UserProfileRelationshipParam | NotGiven = NOT_GIVEN,
        access_type: UserProfileAccessTypeParam | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        external_user_details: UserProfileExternalUserDetailsParams | NotGiven = NOT_GIVEN,
        external_user_onboarded_at: str | datetime | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
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
            external_id: Your own identifier for this user or company; not required to be
                unique. (beta: user-profiles-2026-03-24, user-profiles-2026-08-18)
            name: Real-world name of the person or company.
            relationship: How the entity relates to the platform. (beta: user-
                profiles-2026-03-24, user-profiles-2026-08-18)
            access_type: How the platform uses the API for this entity.
            metadata: Your own key-value labels (up to 16 pairs).
            external_user_details: What the platform states about the entity (newer than the
                2026-08-18 beta).
            external_user_onboarded_at: When the entity opened its account with the platform
                (RFC 3339); the 2026-08-18 beta's field. (beta: user-profiles-2026-08-18)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
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
            external_id=external_id,
            name=name,
            relationship=relationship,
            access_type=access_type,
            metadata=metadata,
            external_user_details=external_user_details,
            external_user_onboarded_at=external_user_onboarded_at,
            betas=with_default_betas(betas, ["user-profiles-2026-08-18"]),
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_user_profile))

    async def create_enrollment_url(
        self,
        user_profile_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserProfileEnrollmentURL:
        """Create a short-lived enrollment link for a user profile.

        Args:
            user_profile_id: ID of the user profile.
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
            UserProfileEnrollmentURL: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_create_enrollment_url_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_user_profile_enrollment_url))

    async def delete(
        self,
        user_profile_id: str,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
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
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
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
            betas=with_default_betas(betas, ["user-profiles-2026-08-18"]),
            beta=True,
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
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
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
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
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
        from .._core._pagination import PageSpec

        options = _user_profiles_list_options(
            limit=limit,
            page=page,
            order=order,
            order_by=order_by,
            enforcement_status=enforcement_status,
            workspace_id=workspace_id,
            betas=with_default_betas(betas, ["user-profiles-2026-08-18"]),
            beta=True,
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
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
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
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
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
            betas=with_default_betas(betas, ["user-profiles-2026-08-18"]),
            beta=True,
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
        external_id: str | None | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, object] | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        relationship: UserProfileRelationshipParam | None | NotGiven = NOT_GIVEN,
        access_type: UserProfileAccessTypeParam | None | NotGiven = NOT_GIVEN,
        external_user_details: UserProfileExternalUserDetailsParams | NotGiven = NOT_GIVEN,
        external_user_onboarded_at: str | datetime | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
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
            external_id: New external ID; omit to keep it. (beta: user-profiles-2026-03-24,
                user-profiles-2026-08-18)
            metadata: Labels to merge in; a null value deletes that key.
            name: New name; omit to keep it.
            relationship: New relationship; omit to keep it. (beta: user-profiles-2026-03-24,
                user-profiles-2026-08-18)
            access_type: New access type; omit to keep it.
            external_user_details: New details about the entity; omit to keep them.
            external_user_onboarded_at: When the entity opened its account with the platform
                (RFC 3339); the 2026-08-18 beta's field. (beta: user-profiles-2026-08-18)
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
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
            external_id=external_id,
            metadata=metadata,
            name=name,
            relationship=relationship,
            access_type=access_type,
            external_user_details=external_user_details,
            external_user_onboarded_at=external_user_onboarded_at,
            betas=with_default_betas(betas, ["user-profiles-2026-08-18"]),
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_user_profile))


class AsyncBetaUserProfilesWithRawResponse:
    """`AsyncBetaUserProfiles`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaUserProfiles) -> None:
        self._resource = resource
        self.create = async_raw_response_wrapper(resource.create)
        self.create_enrollment_url = async_raw_response_wrapper(resource.create_enrollment_url)
        self.delete = async_raw_response_wrapper(resource.delete)
        self.list = async_raw_response_wrapper(resource.list)
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)

    @cached_property
    def action_urls(self) -> AsyncBetaActionUrlsWithRawResponse:
        from .beta_user_profiles_action_urls import AsyncBetaActionUrlsWithRawResponse

        return AsyncBetaActionUrlsWithRawResponse(self._resource.action_urls)

    @cached_property
    def providers(self) -> AsyncBetaProvidersWithRawResponse:
        from .beta_user_profiles_providers import AsyncBetaProvidersWithRawResponse

        return AsyncBetaProvidersWithRawResponse(self._resource.providers)


class AsyncBetaUserProfilesWithStreamingResponse:
    """`AsyncBetaUserProfiles`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaUserProfiles) -> None:
        self._resource = resource
        self.create = async_streaming_response_wrapper(resource.create)
        self.create_enrollment_url = async_streaming_response_wrapper(
            resource.create_enrollment_url
        )
        self.delete = async_streaming_response_wrapper(resource.delete)
        self.list = async_streaming_response_wrapper(resource.list)
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)

    @cached_property
    def action_urls(self) -> AsyncBetaActionUrlsWithStreamingResponse:
        from .beta_user_profiles_action_urls import AsyncBetaActionUrlsWithStreamingResponse

        return AsyncBetaActionUrlsWithStreamingResponse(self._resource.action_urls)

    @cached_property
    def providers(self) -> AsyncBetaProvidersWithStreamingResponse:
        from .beta_user_profiles_providers import AsyncBetaProvidersWithStreamingResponse

        return AsyncBetaProvidersWithStreamingResponse(self._resource.providers)
