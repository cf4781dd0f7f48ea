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

    from ..types._models.claude_code_rbac_group_default_managed_settings import (
        ClaudeCodeRBACGroupDefaultManagedSettings,
    )

__all__ = ["BetaRbacGroupDefault", "AsyncBetaRbacGroupDefault"]

from ._ops_organization_claude_code_managed_settings_rbac_group_default import (
    _load_claude_code_rbac_group_default_managed_settings,
    _organization_claude_code_managed_settings_rbac_group_default_retrieve_options,
    _organization_claude_code_managed_settings_rbac_group_default_update_options,
)


class BetaRbacGroupDefault(SyncResource):
    """`client.beta.organization.claude_code.managed_settings.rbac_group_default`: the beta.organization.claude_code.managed_settings.rbac_group_default operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaRbacGroupDefaultWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaRbacGroupDefaultWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaRbacGroupDefaultWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaRbacGroupDefaultWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeCodeRBACGroupDefaultManagedSettings:
        """Get the settings of members that no configured group covers.

        Args:
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
            ClaudeCodeRBACGroupDefaultManagedSettings: the parsed response; `.to_json()` gives
                back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_code_managed_settings_rbac_group_default_retrieve_options(
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            options, value_cast(_load_claude_code_rbac_group_default_managed_settings)
        )

    def update(
        self,
        *,
        settings: Mapping[str, object] | None,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeCodeRBACGroupDefaultManagedSettings:
        """Replace the settings of members that no configured group covers.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            settings: The new settings document; null clears it.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ClaudeCodeRBACGroupDefaultManagedSettings: the parsed response; `.to_json()` gives
                back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_code_managed_settings_rbac_group_default_update_options(
            workspace_id=workspace_id,
            settings=settings,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            options, value_cast(_load_claude_code_rbac_group_default_managed_settings)
        )


class BetaRbacGroupDefaultWithRawResponse:
    """`BetaRbacGroupDefault`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaRbacGroupDefault) -> None:
        self._resource = resource
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)


class BetaRbacGroupDefaultWithStreamingResponse:
    """`BetaRbacGroupDefault`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaRbacGroupDefault) -> None:
        self._resource = resource
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBetaRbacGroupDefault(AsyncResource):
    """`client.beta.organization.claude_code.managed_settings.rbac_group_default`: the beta.organization.claude_code.managed_settings.rbac_group_default operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaRbacGroupDefaultWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaRbacGroupDefaultWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaRbacGroupDefaultWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaRbacGroupDefaultWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeCodeRBACGroupDefaultManagedSettings:
        """Get the settings of members that no configured group covers.

        Args:
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
            ClaudeCodeRBACGroupDefaultManagedSettings: the parsed response; `.to_json()` gives
                back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_code_managed_settings_rbac_group_default_retrieve_options(
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_claude_code_rbac_group_default_managed_settings)
        )

    async def update(
        self,
        *,
        settings: Mapping[str, object] | None,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeCodeRBACGroupDefaultManagedSettings:
        """Replace the settings of members that no configured group covers.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            settings: The new settings document; null clears it.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ClaudeCodeRBACGroupDefaultManagedSettings: the parsed response; `.to_json()` gives
                back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_code_managed_settings_rbac_group_default_update_options(
            workspace_id=workspace_id,
            settings=settings,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_claude_code_rbac_group_default_managed_settings)
        )


class AsyncBetaRbacGroupDefaultWithRawResponse:
    """`AsyncBetaRbacGroupDefault`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaRbacGroupDefault) -> None:
        self._resource = resource
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBetaRbacGroupDefaultWithStreamingResponse:
    """`AsyncBetaRbacGroupDefault`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaRbacGroupDefault) -> None:
        self._resource = resource
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)
