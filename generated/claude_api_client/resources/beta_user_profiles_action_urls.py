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
from .._core._validation import with_default_betas

if TYPE_CHECKING:
    import httpx

    from ..types._models.user_profile_action_url import UserProfileActionURL
    from ..types._params.user_profile_enroll_end_user_action_param import (
        UserProfileEnrollEndUserActionParam,
    )

__all__ = ["BetaActionUrls", "AsyncBetaActionUrls"]

from ._ops_user_profiles_action_urls import (
    _load_user_profile_action_url,
    _user_profiles_action_urls_create_options,
)


class BetaActionUrls(SyncResource):
    """`client.beta.user_profiles.action_urls`: the beta.user_profiles.action_urls operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaActionUrlsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaActionUrlsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaActionUrlsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaActionUrlsWithStreamingResponse(self)

    def create(
        self,
        user_profile_id: str,
        *,
        action: UserProfileEnrollEndUserActionParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserProfileActionURL:
        """Create a short-lived link for the person who is to take an action on a user profile.

        Args:
            user_profile_id: ID of the user profile.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            action: The action the person who opens the link takes.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            UserProfileActionURL: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_action_urls_create_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            action=action,
            betas=with_default_betas(betas, ["user-profiles-2026-08-18"]),
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_user_profile_action_url))


class BetaActionUrlsWithRawResponse:
    """`BetaActionUrls`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaActionUrls) -> None:
        self._resource = resource
        self.create = raw_response_wrapper(resource.create)


class BetaActionUrlsWithStreamingResponse:
    """`BetaActionUrls`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaActionUrls) -> None:
        self._resource = resource
        self.create = streaming_response_wrapper(resource.create)


class AsyncBetaActionUrls(AsyncResource):
    """`client.beta.user_profiles.action_urls`: the beta.user_profiles.action_urls operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaActionUrlsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaActionUrlsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaActionUrlsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaActionUrlsWithStreamingResponse(self)

    async def create(
        self,
        user_profile_id: str,
        *,
        action: UserProfileEnrollEndUserActionParam,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> UserProfileActionURL:
        """Create a short-lived link for the person who is to take an action on a user profile.

        Args:
            user_profile_id: ID of the user profile.
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            action: The action the person who opens the link takes.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            UserProfileActionURL: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _user_profiles_action_urls_create_options(
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
            action=action,
            betas=with_default_betas(betas, ["user-profiles-2026-08-18"]),
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_user_profile_action_url))


class AsyncBetaActionUrlsWithRawResponse:
    """`AsyncBetaActionUrls`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaActionUrls) -> None:
        self._resource = resource
        self.create = async_raw_response_wrapper(resource.create)


class AsyncBetaActionUrlsWithStreamingResponse:
    """`AsyncBetaActionUrls`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaActionUrls) -> None:
        self._resource = resource
        self.create = async_streaming_response_wrapper(resource.create)
