# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .beta_organization_claude_code_managed_settings import (
        AsyncBetaManagedSettings,
        AsyncBetaManagedSettingsWithRawResponse,
        AsyncBetaManagedSettingsWithStreamingResponse,
        BetaManagedSettings,
        BetaManagedSettingsWithRawResponse,
        BetaManagedSettingsWithStreamingResponse,
    )

__all__ = ["BetaClaudeCode", "AsyncBetaClaudeCode"]


class BetaClaudeCode(SyncResource):
    """`client.beta.organization.claude_code`: the beta.organization.claude_code operations of the Claude API."""

    @cached_property
    def managed_settings(self) -> BetaManagedSettings:
        from .beta_organization_claude_code_managed_settings import BetaManagedSettings

        return BetaManagedSettings(self._client)

    @cached_property
    def with_raw_response(self) -> BetaClaudeCodeWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaClaudeCodeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaClaudeCodeWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaClaudeCodeWithStreamingResponse(self)


class BetaClaudeCodeWithRawResponse:
    """`BetaClaudeCode`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaClaudeCode) -> None:
        self._resource = resource

    @cached_property
    def managed_settings(self) -> BetaManagedSettingsWithRawResponse:
        from .beta_organization_claude_code_managed_settings import (
            BetaManagedSettingsWithRawResponse,
        )

        return BetaManagedSettingsWithRawResponse(self._resource.managed_settings)


class BetaClaudeCodeWithStreamingResponse:
    """`BetaClaudeCode`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaClaudeCode) -> None:
        self._resource = resource

    @cached_property
    def managed_settings(self) -> BetaManagedSettingsWithStreamingResponse:
        from .beta_organization_claude_code_managed_settings import (
            BetaManagedSettingsWithStreamingResponse,
        )

        return BetaManagedSettingsWithStreamingResponse(self._resource.managed_settings)


class AsyncBetaClaudeCode(AsyncResource):
    """`client.beta.organization.claude_code`: the beta.organization.claude_code operations of the Claude API."""

    @cached_property
    def managed_settings(self) -> AsyncBetaManagedSettings:
        from .beta_organization_claude_code_managed_settings import AsyncBetaManagedSettings

        return AsyncBetaManagedSettings(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaClaudeCodeWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaClaudeCodeWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaClaudeCodeWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaClaudeCodeWithStreamingResponse(self)


class AsyncBetaClaudeCodeWithRawResponse:
    """`AsyncBetaClaudeCode`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaClaudeCode) -> None:
        self._resource = resource

    @cached_property
    def managed_settings(self) -> AsyncBetaManagedSettingsWithRawResponse:
        from .beta_organization_claude_code_managed_settings import (
            AsyncBetaManagedSettingsWithRawResponse,
        )

        return AsyncBetaManagedSettingsWithRawResponse(self._resource.managed_settings)


class AsyncBetaClaudeCodeWithStreamingResponse:
    """`AsyncBetaClaudeCode`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaClaudeCode) -> None:
        self._resource = resource

    @cached_property
    def managed_settings(self) -> AsyncBetaManagedSettingsWithStreamingResponse:
        from .beta_organization_claude_code_managed_settings import (
            AsyncBetaManagedSettingsWithStreamingResponse,
        )

        return AsyncBetaManagedSettingsWithStreamingResponse(self._resource.managed_settings)
