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

    from ..types._models.claude_code_managed_settings_configuration import (
        ClaudeCodeManagedSettingsConfiguration,
    )
    from ..types._params.claude_code_managed_settings_mode_param import (
        ClaudeCodeManagedSettingsModeParam,
    )

__all__ = ["BetaConfiguration", "AsyncBetaConfiguration"]

from ._ops_organization_claude_code_managed_settings_configuration import (
    _load_claude_code_managed_settings_configuration,
    _organization_claude_code_managed_settings_configuration_retrieve_options,
    _organization_claude_code_managed_settings_configuration_update_options,
)


class BetaConfiguration(SyncResource):
    """`client.beta.organization.claude_code.managed_settings.configuration`: the beta.organization.claude_code.managed_settings.configuration operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> BetaConfigurationWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaConfigurationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaConfigurationWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaConfigurationWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeCodeManagedSettingsConfiguration:
        """Get how Claude Code managed settings are chosen for the organization's members.

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
            ClaudeCodeManagedSettingsConfiguration: the parsed response; `.to_json()` gives back
                its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_code_managed_settings_configuration_retrieve_options(
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            options, value_cast(_load_claude_code_managed_settings_configuration)
        )

    def update(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        mode: ClaudeCodeManagedSettingsModeParam | NotGiven = NOT_GIVEN,
        rbac_group_order: Sequence[str] | NotGiven = NOT_GIVEN,
        rbac_group_order_version: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeCodeManagedSettingsConfiguration:
        """Change the managed-settings mode or the order of groups.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            mode: The new mode.
            rbac_group_order: The new precedence order of group IDs.
            rbac_group_order_version: The `rbac_group_order_version` last read; a stale one is
                refused.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ClaudeCodeManagedSettingsConfiguration: the parsed response; `.to_json()` gives back
                its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_code_managed_settings_configuration_update_options(
            workspace_id=workspace_id,
            mode=mode,
            rbac_group_order=rbac_group_order,
            rbac_group_order_version=rbac_group_order_version,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(
            options, value_cast(_load_claude_code_managed_settings_configuration)
        )


class BetaConfigurationWithRawResponse:
    """`BetaConfiguration`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaConfiguration) -> None:
        self._resource = resource
        self.retrieve = raw_response_wrapper(resource.retrieve)
        self.update = raw_response_wrapper(resource.update)


class BetaConfigurationWithStreamingResponse:
    """`BetaConfiguration`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaConfiguration) -> None:
        self._resource = resource
        self.retrieve = streaming_response_wrapper(resource.retrieve)
        self.update = streaming_response_wrapper(resource.update)


class AsyncBetaConfiguration(AsyncResource):
    """`client.beta.organization.claude_code.managed_settings.configuration`: the beta.organization.claude_code.managed_settings.configuration operations of the Claude API."""

    @cached_property
    def with_raw_response(self) -> AsyncBetaConfigurationWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaConfigurationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaConfigurationWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaConfigurationWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeCodeManagedSettingsConfiguration:
        """Get how Claude Code managed settings are chosen for the organization's members.

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
            ClaudeCodeManagedSettingsConfiguration: the parsed response; `.to_json()` gives back
                its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_code_managed_settings_configuration_retrieve_options(
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_claude_code_managed_settings_configuration)
        )

    async def update(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        mode: ClaudeCodeManagedSettingsModeParam | NotGiven = NOT_GIVEN,
        rbac_group_order: Sequence[str] | NotGiven = NOT_GIVEN,
        rbac_group_order_version: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ClaudeCodeManagedSettingsConfiguration:
        """Change the managed-settings mode or the order of groups.

        Args:
            workspace_id: The Workspace the request acts in (`wrkspc_…`); needed only by
                credentials that can act in more than one Workspace, and must match a Workspace-
                bound credential's own.
            mode: The new mode.
            rbac_group_order: The new precedence order of group IDs.
            rbac_group_order_version: The `rbac_group_order_version` last read; a stale one is
                refused.
            betas: Beta features to enable, sent as the comma-joined `anthropic-beta` header.
            extra_headers: Headers sent over the ones the method builds (an `Omit` removes one).
            extra_query: Query parameters added to the URL.
            extra_body: Top-level JSON fields merged into the body, for fields newer than this
                SDK.
            timeout: This call's timeout in seconds, or an `httpx.Timeout`, instead of the
                client's.

        Returns:
            ClaudeCodeManagedSettingsConfiguration: the parsed response; `.to_json()` gives back
                its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_claude_code_managed_settings_configuration_update_options(
            workspace_id=workspace_id,
            mode=mode,
            rbac_group_order=rbac_group_order,
            rbac_group_order_version=rbac_group_order_version,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(
            options, value_cast(_load_claude_code_managed_settings_configuration)
        )


class AsyncBetaConfigurationWithRawResponse:
    """`AsyncBetaConfiguration`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaConfiguration) -> None:
        self._resource = resource
        self.retrieve = async_raw_response_wrapper(resource.retrieve)
        self.update = async_raw_response_wrapper(resource.update)


class AsyncBetaConfigurationWithStreamingResponse:
    """`AsyncBetaConfiguration`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaConfiguration) -> None:
        self._resource = resource
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)
        self.update = async_streaming_response_wrapper(resource.update)
