# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .beta_organization_claude_code_managed_settings_configuration import (
        AsyncBetaConfiguration,
        AsyncBetaConfigurationWithRawResponse,
        AsyncBetaConfigurationWithStreamingResponse,
        BetaConfiguration,
        BetaConfigurationWithRawResponse,
        BetaConfigurationWithStreamingResponse,
    )
    from .beta_organization_claude_code_managed_settings_rbac_group_default import (
        AsyncBetaRbacGroupDefault,
        AsyncBetaRbacGroupDefaultWithRawResponse,
        AsyncBetaRbacGroupDefaultWithStreamingResponse,
        BetaRbacGroupDefault,
        BetaRbacGroupDefaultWithRawResponse,
        BetaRbacGroupDefaultWithStreamingResponse,
    )
    from .beta_organization_claude_code_managed_settings_rbac_groups import (
        AsyncBetaRbacGroups,
        AsyncBetaRbacGroupsWithRawResponse,
        AsyncBetaRbacGroupsWithStreamingResponse,
        BetaRbacGroups,
        BetaRbacGroupsWithRawResponse,
        BetaRbacGroupsWithStreamingResponse,
    )

__all__ = ["BetaManagedSettings", "AsyncBetaManagedSettings"]


class BetaManagedSettings(SyncResource):
    """`client.beta.organization.claude_code.managed_settings`: the beta.organization.claude_code.managed_settings operations of the Claude API."""

    @cached_property
    def configuration(self) -> BetaConfiguration:
        from .beta_organization_claude_code_managed_settings_configuration import BetaConfiguration

        return BetaConfiguration(self._client)

    @cached_property
    def rbac_group_default(self) -> BetaRbacGroupDefault:
        from .beta_organization_claude_code_managed_settings_rbac_group_default import (
            BetaRbacGroupDefault,
        )

        return BetaRbacGroupDefault(self._client)

    @cached_property
    def rbac_groups(self) -> BetaRbacGroups:
        from .beta_organization_claude_code_managed_settings_rbac_groups import BetaRbacGroups

        return BetaRbacGroups(self._client)

    @cached_property
    def with_raw_response(self) -> BetaManagedSettingsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaManagedSettingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaManagedSettingsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaManagedSettingsWithStreamingResponse(self)


class BetaManagedSettingsWithRawResponse:
    """`BetaManagedSettings`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaManagedSettings) -> None:
        self._resource = resource

    @cached_property
    def configuration(self) -> BetaConfigurationWithRawResponse:
        from .beta_organization_claude_code_managed_settings_configuration import (
            BetaConfigurationWithRawResponse,
        )

        return BetaConfigurationWithRawResponse(self._resource.configuration)

    @cached_property
    def rbac_group_default(self) -> BetaRbacGroupDefaultWithRawResponse:
        from .beta_organization_claude_code_managed_settings_rbac_group_default import (
            BetaRbacGroupDefaultWithRawResponse,
        )

        return BetaRbacGroupDefaultWithRawResponse(self._resource.rbac_group_default)

    @cached_property
    def rbac_groups(self) -> BetaRbacGroupsWithRawResponse:
        from .beta_organization_claude_code_managed_settings_rbac_groups import (
            BetaRbacGroupsWithRawResponse,
        )

        return BetaRbacGroupsWithRawResponse(self._resource.rbac_groups)


class BetaManagedSettingsWithStreamingResponse:
    """`BetaManagedSettings`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaManagedSettings) -> None:
        self._resource = resource

    @cached_property
    def configuration(self) -> BetaConfigurationWithStreamingResponse:
        from .beta_organization_claude_code_managed_settings_configuration import (
            BetaConfigurationWithStreamingResponse,
        )

        return BetaConfigurationWithStreamingResponse(self._resource.configuration)

    @cached_property
    def rbac_group_default(self) -> BetaRbacGroupDefaultWithStreamingResponse:
        from .beta_organization_claude_code_managed_settings_rbac_group_default import (
            BetaRbacGroupDefaultWithStreamingResponse,
        )

        return BetaRbacGroupDefaultWithStreamingResponse(self._resource.rbac_group_default)

    @cached_property
    def rbac_groups(self) -> BetaRbacGroupsWithStreamingResponse:
        from .beta_organization_claude_code_managed_settings_rbac_groups import (
            BetaRbacGroupsWithStreamingResponse,
        )

        return BetaRbacGroupsWithStreamingResponse(self._resource.rbac_groups)


class AsyncBetaManagedSettings(AsyncResource):
    """`client.beta.organization.claude_code.managed_settings`: the beta.organization.claude_code.managed_settings operations of the Claude API."""

    @cached_property
    def configuration(self) -> AsyncBetaConfiguration:
        from .beta_organization_claude_code_managed_settings_configuration import (
            AsyncBetaConfiguration,
        )

        return AsyncBetaConfiguration(self._client)

    @cached_property
    def rbac_group_default(self) -> AsyncBetaRbacGroupDefault:
        from .beta_organization_claude_code_managed_settings_rbac_group_default import (
            AsyncBetaRbacGroupDefault,
        )

        return AsyncBetaRbacGroupDefault(self._client)

    @cached_property
    def rbac_groups(self) -> AsyncBetaRbacGroups:
        from .beta_organization_claude_code_managed_settings_rbac_groups import AsyncBetaRbacGroups

        return AsyncBetaRbacGroups(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaManagedSettingsWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaManagedSettingsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaManagedSettingsWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaManagedSettingsWithStreamingResponse(self)


class AsyncBetaManagedSettingsWithRawResponse:
    """`AsyncBetaManagedSettings`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaManagedSettings) -> None:
        self._resource = resource

    @cached_property
    def configuration(self) -> AsyncBetaConfigurationWithRawResponse:
        from .beta_organization_claude_code_managed_settings_configuration import (
            AsyncBetaConfigurationWithRawResponse,
        )

        return AsyncBetaConfigurationWithRawResponse(self._resource.configuration)

    @cached_property
    def rbac_group_default(self) -> AsyncBetaRbacGroupDefaultWithRawResponse:
        from .beta_organization_claude_code_managed_settings_rbac_group_default import (
            AsyncBetaRbacGroupDefaultWithRawResponse,
        )

        return AsyncBetaRbacGroupDefaultWithRawResponse(self._resource.rbac_group_default)

    @cached_property
    def rbac_groups(self) -> AsyncBetaRbacGroupsWithRawResponse:
        from .beta_organization_claude_code_managed_settings_rbac_groups import (
            AsyncBetaRbacGroupsWithRawResponse,
        )

        return AsyncBetaRbacGroupsWithRawResponse(self._resource.rbac_groups)


class AsyncBetaManagedSettingsWithStreamingResponse:
    """`AsyncBetaManagedSettings`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaManagedSettings) -> None:
        self._resource = resource

    @cached_property
    def configuration(self) -> AsyncBetaConfigurationWithStreamingResponse:
        from .beta_organization_claude_code_managed_settings_configuration import (
            AsyncBetaConfigurationWithStreamingResponse,
        )

        return AsyncBetaConfigurationWithStreamingResponse(self._resource.configuration)

    @cached_property
    def rbac_group_default(self) -> AsyncBetaRbacGroupDefaultWithStreamingResponse:
        from .beta_organization_claude_code_managed_settings_rbac_group_default import (
            AsyncBetaRbacGroupDefaultWithStreamingResponse,
        )

        return AsyncBetaRbacGroupDefaultWithStreamingResponse(self._resource.rbac_group_default)

    @cached_property
    def rbac_groups(self) -> AsyncBetaRbacGroupsWithStreamingResponse:
        from .beta_organization_claude_code_managed_settings_rbac_groups import (
            AsyncBetaRbacGroupsWithStreamingResponse,
        )

        return AsyncBetaRbacGroupsWithStreamingResponse(self._resource.rbac_groups)
