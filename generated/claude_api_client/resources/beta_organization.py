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

    from ..types._models.organization_info import OrganizationInfo
    from .beta_organization_analytics import (
        AsyncBetaAnalytics,
        AsyncBetaAnalyticsWithRawResponse,
        AsyncBetaAnalyticsWithStreamingResponse,
        BetaAnalytics,
        BetaAnalyticsWithRawResponse,
        BetaAnalyticsWithStreamingResponse,
    )
    from .beta_organization_api_keys import (
        AsyncBetaApiKeys,
        AsyncBetaApiKeysWithRawResponse,
        AsyncBetaApiKeysWithStreamingResponse,
        BetaApiKeys,
        BetaApiKeysWithRawResponse,
        BetaApiKeysWithStreamingResponse,
    )
    from .beta_organization_claude_code import (
        AsyncBetaClaudeCode,
        AsyncBetaClaudeCodeWithRawResponse,
        AsyncBetaClaudeCodeWithStreamingResponse,
        BetaClaudeCode,
        BetaClaudeCodeWithRawResponse,
        BetaClaudeCodeWithStreamingResponse,
    )
    from .beta_organization_claude_tag import (
        AsyncBetaClaudeTag,
        AsyncBetaClaudeTagWithRawResponse,
        AsyncBetaClaudeTagWithStreamingResponse,
        BetaClaudeTag,
        BetaClaudeTagWithRawResponse,
        BetaClaudeTagWithStreamingResponse,
    )
    from .beta_organization_compliance_settings import (
        AsyncBetaComplianceSettings,
        AsyncBetaComplianceSettingsWithRawResponse,
        AsyncBetaComplianceSettingsWithStreamingResponse,
        BetaComplianceSettings,
        BetaComplianceSettingsWithRawResponse,
        BetaComplianceSettingsWithStreamingResponse,
    )
    from .beta_organization_external_keys import (
        AsyncBetaExternalKeys,
        AsyncBetaExternalKeysWithRawResponse,
        AsyncBetaExternalKeysWithStreamingResponse,
        BetaExternalKeys,
        BetaExternalKeysWithRawResponse,
        BetaExternalKeysWithStreamingResponse,
    )
    from .beta_organization_external_storage import (
        AsyncBetaExternalStorage,
        AsyncBetaExternalStorageWithRawResponse,
        AsyncBetaExternalStorageWithStreamingResponse,
        BetaExternalStorage,
        BetaExternalStorageWithRawResponse,
        BetaExternalStorageWithStreamingResponse,
    )
    from .beta_organization_federation import (
        AsyncBetaFederation,
        AsyncBetaFederationWithRawResponse,
        AsyncBetaFederationWithStreamingResponse,
        BetaFederation,
        BetaFederationWithRawResponse,
        BetaFederationWithStreamingResponse,
    )
    from .beta_organization_invites import (
        AsyncBetaInvites,
        AsyncBetaInvitesWithRawResponse,
        AsyncBetaInvitesWithStreamingResponse,
        BetaInvites,
        BetaInvitesWithRawResponse,
        BetaInvitesWithStreamingResponse,
    )
    from .beta_organization_plugin_marketplaces import (
        AsyncBetaPluginMarketplaces,
        AsyncBetaPluginMarketplacesWithRawResponse,
        AsyncBetaPluginMarketplacesWithStreamingResponse,
        BetaPluginMarketplaces,
        BetaPluginMarketplacesWithRawResponse,
        BetaPluginMarketplacesWithStreamingResponse,
    )
    from .beta_organization_plugins import (
        AsyncBetaPlugins,
        AsyncBetaPluginsWithRawResponse,
        AsyncBetaPluginsWithStreamingResponse,
        BetaPlugins,
        BetaPluginsWithRawResponse,
        BetaPluginsWithStreamingResponse,
    )
    from .beta_organization_providers import (
        AsyncBetaProviders,
        AsyncBetaProvidersWithRawResponse,
        AsyncBetaProvidersWithStreamingResponse,
        BetaProviders,
        BetaProvidersWithRawResponse,
        BetaProvidersWithStreamingResponse,
    )
    from .beta_organization_rate_limits import (
        AsyncBetaRateLimits,
        AsyncBetaRateLimitsWithRawResponse,
        AsyncBetaRateLimitsWithStreamingResponse,
        BetaRateLimits,
        BetaRateLimitsWithRawResponse,
        BetaRateLimitsWithStreamingResponse,
    )
    from .beta_organization_rbac_groups import (
        AsyncBetaRbacGroups,
        AsyncBetaRbacGroupsWithRawResponse,
        AsyncBetaRbacGroupsWithStreamingResponse,
        BetaRbacGroups,
        BetaRbacGroupsWithRawResponse,
        BetaRbacGroupsWithStreamingResponse,
    )
    from .beta_organization_rbac_roles import (
        AsyncBetaRbacRoles,
        AsyncBetaRbacRolesWithRawResponse,
        AsyncBetaRbacRolesWithStreamingResponse,
        BetaRbacRoles,
        BetaRbacRolesWithRawResponse,
        BetaRbacRolesWithStreamingResponse,
    )
    from .beta_organization_service_accounts import (
        AsyncBetaServiceAccounts,
        AsyncBetaServiceAccountsWithRawResponse,
        AsyncBetaServiceAccountsWithStreamingResponse,
        BetaServiceAccounts,
        BetaServiceAccountsWithRawResponse,
        BetaServiceAccountsWithStreamingResponse,
    )
    from .beta_organization_spend_limits import (
        AsyncBetaSpendLimits,
        AsyncBetaSpendLimitsWithRawResponse,
        AsyncBetaSpendLimitsWithStreamingResponse,
        BetaSpendLimits,
        BetaSpendLimitsWithRawResponse,
        BetaSpendLimitsWithStreamingResponse,
    )
    from .beta_organization_telemetry_destinations import (
        AsyncBetaTelemetryDestinations,
        AsyncBetaTelemetryDestinationsWithRawResponse,
        AsyncBetaTelemetryDestinationsWithStreamingResponse,
        BetaTelemetryDestinations,
        BetaTelemetryDestinationsWithRawResponse,
        BetaTelemetryDestinationsWithStreamingResponse,
    )
    from .beta_organization_users import (
        AsyncBetaUsers,
        AsyncBetaUsersWithRawResponse,
        AsyncBetaUsersWithStreamingResponse,
        BetaUsers,
        BetaUsersWithRawResponse,
        BetaUsersWithStreamingResponse,
    )
    from .beta_organization_webhooks import (
        AsyncBetaWebhooks,
        AsyncBetaWebhooksWithRawResponse,
        AsyncBetaWebhooksWithStreamingResponse,
        BetaWebhooks,
        BetaWebhooksWithRawResponse,
        BetaWebhooksWithStreamingResponse,
    )
    from .beta_organization_workspaces import (
        AsyncBetaWorkspaces,
        AsyncBetaWorkspacesWithRawResponse,
        AsyncBetaWorkspacesWithStreamingResponse,
        BetaWorkspaces,
        BetaWorkspacesWithRawResponse,
        BetaWorkspacesWithStreamingResponse,
    )

__all__ = ["BetaOrganization", "AsyncBetaOrganization"]

from ._ops_organization import (
    _load_organization_info,
    _organization_retrieve_options,
)


class BetaOrganization(SyncResource):
    """`client.beta.organization`: the beta.organization operations of the Claude API."""

    @cached_property
    def analytics(self) -> BetaAnalytics:
        from .beta_organization_analytics import BetaAnalytics

        return BetaAnalytics(self._client)

    @cached_property
    def api_keys(self) -> BetaApiKeys:
        from .beta_organization_api_keys import BetaApiKeys

        return BetaApiKeys(self._client)

    @cached_property
    def claude_code(self) -> BetaClaudeCode:
        from .beta_organization_claude_code import BetaClaudeCode

        return BetaClaudeCode(self._client)

    @cached_property
    def claude_tag(self) -> BetaClaudeTag:
        from .beta_organization_claude_tag import BetaClaudeTag

        return BetaClaudeTag(self._client)

    @cached_property
    def compliance_settings(self) -> BetaComplianceSettings:
        from .beta_organization_compliance_settings import BetaComplianceSettings

        return BetaComplianceSettings(self._client)

    @cached_property
    def external_keys(self) -> BetaExternalKeys:
        from .beta_organization_external_keys import BetaExternalKeys

        return BetaExternalKeys(self._client)

    @cached_property
    def external_storage(self) -> BetaExternalStorage:
        from .beta_organization_external_storage import BetaExternalStorage

        return BetaExternalStorage(self._client)

    @cached_property
    def federation(self) -> BetaFederation:
        from .beta_organization_federation import BetaFederation

        return BetaFederation(self._client)

    @cached_property
    def invites(self) -> BetaInvites:
        from .beta_organization_invites import BetaInvites

        return BetaInvites(self._client)

    @cached_property
    def plugin_marketplaces(self) -> BetaPluginMarketplaces:
        from .beta_organization_plugin_marketplaces import BetaPluginMarketplaces

        return BetaPluginMarketplaces(self._client)

    @cached_property
    def plugins(self) -> BetaPlugins:
        from .beta_organization_plugins import BetaPlugins

        return BetaPlugins(self._client)

    @cached_property
    def providers(self) -> BetaProviders:
        from .beta_organization_providers import BetaProviders

        return BetaProviders(self._client)

    @cached_property
    def rate_limits(self) -> BetaRateLimits:
        from .beta_organization_rate_limits import BetaRateLimits

        return BetaRateLimits(self._client)

    @cached_property
    def rbac_groups(self) -> BetaRbacGroups:
        from .beta_organization_rbac_groups import BetaRbacGroups

        return BetaRbacGroups(self._client)

    @cached_property
    def rbac_roles(self) -> BetaRbacRoles:
        from .beta_organization_rbac_roles import BetaRbacRoles

        return BetaRbacRoles(self._client)

    @cached_property
    def service_accounts(self) -> BetaServiceAccounts:
        from .beta_organization_service_accounts import BetaServiceAccounts

        return BetaServiceAccounts(self._client)

    @cached_property
    def spend_limits(self) -> BetaSpendLimits:
        from .beta_organization_spend_limits import BetaSpendLimits

        return BetaSpendLimits(self._client)

    @cached_property
    def telemetry_destinations(self) -> BetaTelemetryDestinations:
        from .beta_organization_telemetry_destinations import BetaTelemetryDestinations

        return BetaTelemetryDestinations(self._client)

    @cached_property
    def users(self) -> BetaUsers:
        from .beta_organization_users import BetaUsers

        return BetaUsers(self._client)

    @cached_property
    def webhooks(self) -> BetaWebhooks:
        from .beta_organization_webhooks import BetaWebhooks

        return BetaWebhooks(self._client)

    @cached_property
    def workspaces(self) -> BetaWorkspaces:
        from .beta_organization_workspaces import BetaWorkspaces

        return BetaWorkspaces(self._client)

    @cached_property
    def with_raw_response(self) -> BetaOrganizationWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaOrganizationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaOrganizationWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaOrganizationWithStreamingResponse(self)

    def retrieve(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OrganizationInfo:
        """Get the organization the admin key belongs to.

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
            OrganizationInfo: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_retrieve_options(
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return self._client.request(options, value_cast(_load_organization_info))


class BetaOrganizationWithRawResponse:
    """`BetaOrganization`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: BetaOrganization) -> None:
        self._resource = resource
        self.retrieve = raw_response_wrapper(resource.retrieve)

    @cached_property
    def analytics(self) -> BetaAnalyticsWithRawResponse:
        from .beta_organization_analytics import BetaAnalyticsWithRawResponse

        return BetaAnalyticsWithRawResponse(self._resource.analytics)

    @cached_property
    def api_keys(self) -> BetaApiKeysWithRawResponse:
        from .beta_organization_api_keys import BetaApiKeysWithRawResponse

        return BetaApiKeysWithRawResponse(self._resource.api_keys)

    @cached_property
    def claude_code(self) -> BetaClaudeCodeWithRawResponse:
        from .beta_organization_claude_code import BetaClaudeCodeWithRawResponse

        return BetaClaudeCodeWithRawResponse(self._resource.claude_code)

    @cached_property
    def claude_tag(self) -> BetaClaudeTagWithRawResponse:
        from .beta_organization_claude_tag import BetaClaudeTagWithRawResponse

        return BetaClaudeTagWithRawResponse(self._resource.claude_tag)

    @cached_property
    def compliance_settings(self) -> BetaComplianceSettingsWithRawResponse:
        from .beta_organization_compliance_settings import BetaComplianceSettingsWithRawResponse

        return BetaComplianceSettingsWithRawResponse(self._resource.compliance_settings)

    @cached_property
    def external_keys(self) -> BetaExternalKeysWithRawResponse:
        from .beta_organization_external_keys import BetaExternalKeysWithRawResponse

        return BetaExternalKeysWithRawResponse(self._resource.external_keys)

    @cached_property
    def external_storage(self) -> BetaExternalStorageWithRawResponse:
        from .beta_organization_external_storage import BetaExternalStorageWithRawResponse

        return BetaExternalStorageWithRawResponse(self._resource.external_storage)

    @cached_property
    def federation(self) -> BetaFederationWithRawResponse:
        from .beta_organization_federation import BetaFederationWithRawResponse

        return BetaFederationWithRawResponse(self._resource.federation)

    @cached_property
    def invites(self) -> BetaInvitesWithRawResponse:
        from .beta_organization_invites import BetaInvitesWithRawResponse

        return BetaInvitesWithRawResponse(self._resource.invites)

    @cached_property
    def plugin_marketplaces(self) -> BetaPluginMarketplacesWithRawResponse:
        from .beta_organization_plugin_marketplaces import BetaPluginMarketplacesWithRawResponse

        return BetaPluginMarketplacesWithRawResponse(self._resource.plugin_marketplaces)

    @cached_property
    def plugins(self) -> BetaPluginsWithRawResponse:
        from .beta_organization_plugins import BetaPluginsWithRawResponse

        return BetaPluginsWithRawResponse(self._resource.plugins)

    @cached_property
    def providers(self) -> BetaProvidersWithRawResponse:
        from .beta_organization_providers import BetaProvidersWithRawResponse

        return BetaProvidersWithRawResponse(self._resource.providers)

    @cached_property
    def rate_limits(self) -> BetaRateLimitsWithRawResponse:
        from .beta_organization_rate_limits import BetaRateLimitsWithRawResponse

        return BetaRateLimitsWithRawResponse(self._resource.rate_limits)

    @cached_property
    def rbac_groups(self) -> BetaRbacGroupsWithRawResponse:
        from .beta_organization_rbac_groups import BetaRbacGroupsWithRawResponse

        return BetaRbacGroupsWithRawResponse(self._resource.rbac_groups)

    @cached_property
    def rbac_roles(self) -> BetaRbacRolesWithRawResponse:
        from .beta_organization_rbac_roles import BetaRbacRolesWithRawResponse

        return BetaRbacRolesWithRawResponse(self._resource.rbac_roles)

    @cached_property
    def service_accounts(self) -> BetaServiceAccountsWithRawResponse:
        from .beta_organization_service_accounts import BetaServiceAccountsWithRawResponse

        return BetaServiceAccountsWithRawResponse(self._resource.service_accounts)

    @cached_property
    def spend_limits(self) -> BetaSpendLimitsWithRawResponse:
        from .beta_organization_spend_limits import BetaSpendLimitsWithRawResponse

        return BetaSpendLimitsWithRawResponse(self._resource.spend_limits)

    @cached_property
    def telemetry_destinations(self) -> BetaTelemetryDestinationsWithRawResponse:
        from .beta_organization_telemetry_destinations import (
            BetaTelemetryDestinationsWithRawResponse,
        )

        return BetaTelemetryDestinationsWithRawResponse(self._resource.telemetry_destinations)

    @cached_property
    def users(self) -> BetaUsersWithRawResponse:
        from .beta_organization_users import BetaUsersWithRawResponse

        return BetaUsersWithRawResponse(self._resource.users)

    @cached_property
    def webhooks(self) -> BetaWebhooksWithRawResponse:
        from .beta_organization_webhooks import BetaWebhooksWithRawResponse

        return BetaWebhooksWithRawResponse(self._resource.webhooks)

    @cached_property
    def workspaces(self) -> BetaWorkspacesWithRawResponse:
        from .beta_organization_workspaces import BetaWorkspacesWithRawResponse

        return BetaWorkspacesWithRawResponse(self._resource.workspaces)


class BetaOrganizationWithStreamingResponse:
    """`BetaOrganization`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: BetaOrganization) -> None:
        self._resource = resource
        self.retrieve = streaming_response_wrapper(resource.retrieve)

    @cached_property
    def analytics(self) -> BetaAnalyticsWithStreamingResponse:
        from .beta_organization_analytics import BetaAnalyticsWithStreamingResponse

        return BetaAnalyticsWithStreamingResponse(self._resource.analytics)

    @cached_property
    def api_keys(self) -> BetaApiKeysWithStreamingResponse:
        from .beta_organization_api_keys import BetaApiKeysWithStreamingResponse

        return BetaApiKeysWithStreamingResponse(self._resource.api_keys)

    @cached_property
    def claude_code(self) -> BetaClaudeCodeWithStreamingResponse:
        from .beta_organization_claude_code import BetaClaudeCodeWithStreamingResponse

        return BetaClaudeCodeWithStreamingResponse(self._resource.claude_code)

    @cached_property
    def claude_tag(self) -> BetaClaudeTagWithStreamingResponse:
        from .beta_organization_claude_tag import BetaClaudeTagWithStreamingResponse

        return BetaClaudeTagWithStreamingResponse(self._resource.claude_tag)

    @cached_property
    def compliance_settings(self) -> BetaComplianceSettingsWithStreamingResponse:
        from .beta_organization_compliance_settings import (
            BetaComplianceSettingsWithStreamingResponse,
        )

        return BetaComplianceSettingsWithStreamingResponse(self._resource.compliance_settings)

    @cached_property
    def external_keys(self) -> BetaExternalKeysWithStreamingResponse:
        from .beta_organization_external_keys import BetaExternalKeysWithStreamingResponse

        return BetaExternalKeysWithStreamingResponse(self._resource.external_keys)

    @cached_property
    def external_storage(self) -> BetaExternalStorageWithStreamingResponse:
        from .beta_organization_external_storage import BetaExternalStorageWithStreamingResponse

        return BetaExternalStorageWithStreamingResponse(self._resource.external_storage)

    @cached_property
    def federation(self) -> BetaFederationWithStreamingResponse:
        from .beta_organization_federation import BetaFederationWithStreamingResponse

        return BetaFederationWithStreamingResponse(self._resource.federation)

    @cached_property
    def invites(self) -> BetaInvitesWithStreamingResponse:
        from .beta_organization_invites import BetaInvitesWithStreamingResponse

        return BetaInvitesWithStreamingResponse(self._resource.invites)

    @cached_property
    def plugin_marketplaces(self) -> BetaPluginMarketplacesWithStreamingResponse:
        from .beta_organization_plugin_marketplaces import (
            BetaPluginMarketplacesWithStreamingResponse,
        )

        return BetaPluginMarketplacesWithStreamingResponse(self._resource.plugin_marketplaces)

    @cached_property
    def plugins(self) -> BetaPluginsWithStreamingResponse:
        from .beta_organization_plugins import BetaPluginsWithStreamingResponse

        return BetaPluginsWithStreamingResponse(self._resource.plugins)

    @cached_property
    def providers(self) -> BetaProvidersWithStreamingResponse:
        from .beta_organization_providers import BetaProvidersWithStreamingResponse

        return BetaProvidersWithStreamingResponse(self._resource.providers)

    @cached_property
    def rate_limits(self) -> BetaRateLimitsWithStreamingResponse:
        from .beta_organization_rate_limits import BetaRateLimitsWithStreamingResponse

        return BetaRateLimitsWithStreamingResponse(self._resource.rate_limits)

    @cached_property
    def rbac_groups(self) -> BetaRbacGroupsWithStreamingResponse:
        from .beta_organization_rbac_groups import BetaRbacGroupsWithStreamingResponse

        return BetaRbacGroupsWithStreamingResponse(self._resource.rbac_groups)

    @cached_property
    def rbac_roles(self) -> BetaRbacRolesWithStreamingResponse:
        from .beta_organization_rbac_roles import BetaRbacRolesWithStreamingResponse

        return BetaRbacRolesWithStreamingResponse(self._resource.rbac_roles)

    @cached_property
    def service_accounts(self) -> BetaServiceAccountsWithStreamingResponse:
        from .beta_organization_service_accounts import BetaServiceAccountsWithStreamingResponse

        return BetaServiceAccountsWithStreamingResponse(self._resource.service_accounts)

    @cached_property
    def spend_limits(self) -> BetaSpendLimitsWithStreamingResponse:
        from .beta_organization_spend_limits import BetaSpendLimitsWithStreamingResponse

        return BetaSpendLimitsWithStreamingResponse(self._resource.spend_limits)

    @cached_property
    def telemetry_destinations(self) -> BetaTelemetryDestinationsWithStreamingResponse:
        from .beta_organization_telemetry_destinations import (
            BetaTelemetryDestinationsWithStreamingResponse,
        )

        return BetaTelemetryDestinationsWithStreamingResponse(self._resource.telemetry_destinations)

    @cached_property
    def users(self) -> BetaUsersWithStreamingResponse:
        from .beta_organization_users import BetaUsersWithStreamingResponse

        return BetaUsersWithStreamingResponse(self._resource.users)

    @cached_property
    def webhooks(self) -> BetaWebhooksWithStreamingResponse:
        from .beta_organization_webhooks import BetaWebhooksWithStreamingResponse

        return BetaWebhooksWithStreamingResponse(self._resource.webhooks)

    @cached_property
    def workspaces(self) -> BetaWorkspacesWithStreamingResponse:
        from .beta_organization_workspaces import BetaWorkspacesWithStreamingResponse

        return BetaWorkspacesWithStreamingResponse(self._resource.workspaces)


class AsyncBetaOrganization(AsyncResource):
    """`client.beta.organization`: the beta.organization operations of the Claude API."""

    @cached_property
    def analytics(self) -> AsyncBetaAnalytics:
        from .beta_organization_analytics import AsyncBetaAnalytics

        return AsyncBetaAnalytics(self._client)

    @cached_property
    def api_keys(self) -> AsyncBetaApiKeys:
        from .beta_organization_api_keys import AsyncBetaApiKeys

        return AsyncBetaApiKeys(self._client)

    @cached_property
    def claude_code(self) -> AsyncBetaClaudeCode:
        from .beta_organization_claude_code import AsyncBetaClaudeCode

        return AsyncBetaClaudeCode(self._client)

    @cached_property
    def claude_tag(self) -> AsyncBetaClaudeTag:
        from .beta_organization_claude_tag import AsyncBetaClaudeTag

        return AsyncBetaClaudeTag(self._client)

    @cached_property
    def compliance_settings(self) -> AsyncBetaComplianceSettings:
        from .beta_organization_compliance_settings import AsyncBetaComplianceSettings

        return AsyncBetaComplianceSettings(self._client)

    @cached_property
    def external_keys(self) -> AsyncBetaExternalKeys:
        from .beta_organization_external_keys import AsyncBetaExternalKeys

        return AsyncBetaExternalKeys(self._client)

    @cached_property
    def external_storage(self) -> AsyncBetaExternalStorage:
        from .beta_organization_external_storage import AsyncBetaExternalStorage

        return AsyncBetaExternalStorage(self._client)

    @cached_property
    def federation(self) -> AsyncBetaFederation:
        from .beta_organization_federation import AsyncBetaFederation

        return AsyncBetaFederation(self._client)

    @cached_property
    def invites(self) -> AsyncBetaInvites:
        from .beta_organization_invites import AsyncBetaInvites

        return AsyncBetaInvites(self._client)

    @cached_property
    def plugin_marketplaces(self) -> AsyncBetaPluginMarketplaces:
        from .beta_organization_plugin_marketplaces import AsyncBetaPluginMarketplaces

        return AsyncBetaPluginMarketplaces(self._client)

    @cached_property
    def plugins(self) -> AsyncBetaPlugins:
        from .beta_organization_plugins import AsyncBetaPlugins

        return AsyncBetaPlugins(self._client)

    @cached_property
    def providers(self) -> AsyncBetaProviders:
        from .beta_organization_providers import AsyncBetaProviders

        return AsyncBetaProviders(self._client)

    @cached_property
    def rate_limits(self) -> AsyncBetaRateLimits:
        from .beta_organization_rate_limits import AsyncBetaRateLimits

        return AsyncBetaRateLimits(self._client)

    @cached_property
    def rbac_groups(self) -> AsyncBetaRbacGroups:
        from .beta_organization_rbac_groups import AsyncBetaRbacGroups

        return AsyncBetaRbacGroups(self._client)

    @cached_property
    def rbac_roles(self) -> AsyncBetaRbacRoles:
        from .beta_organization_rbac_roles import AsyncBetaRbacRoles

        return AsyncBetaRbacRoles(self._client)

    @cached_property
    def service_accounts(self) -> AsyncBetaServiceAccounts:
        from .beta_organization_service_accounts import AsyncBetaServiceAccounts

        return AsyncBetaServiceAccounts(self._client)

    @cached_property
    def spend_limits(self) -> AsyncBetaSpendLimits:
        from .beta_organization_spend_limits import AsyncBetaSpendLimits

        return AsyncBetaSpendLimits(self._client)

    @cached_property
    def telemetry_destinations(self) -> AsyncBetaTelemetryDestinations:
        from .beta_organization_telemetry_destinations import AsyncBetaTelemetryDestinations

        return AsyncBetaTelemetryDestinations(self._client)

    @cached_property
    def users(self) -> AsyncBetaUsers:
        from .beta_organization_users import AsyncBetaUsers

        return AsyncBetaUsers(self._client)

    @cached_property
    def webhooks(self) -> AsyncBetaWebhooks:
        from .beta_organization_webhooks import AsyncBetaWebhooks

        return AsyncBetaWebhooks(self._client)

    @cached_property
    def workspaces(self) -> AsyncBetaWorkspaces:
        from .beta_organization_workspaces import AsyncBetaWorkspaces

        return AsyncBetaWorkspaces(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaOrganizationWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaOrganizationWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaOrganizationWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaOrganizationWithStreamingResponse(self)

    async def retrieve(
        self,
        *,
        workspace_id: str | NotGiven = NOT_GIVEN,
        betas: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> OrganizationInfo:
        """Get the organization the admin key belongs to.

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
            OrganizationInfo: the parsed response; `.to_json()` gives back its JSON.

        Raises:
            APIStatusError: the API answered with an error status; the subclass names it
                (`BadRequestError` 400, `RateLimitError` 429 …) and it carries `status_code`,
                `request_id` and the API's message.
            APIConnectionError: no answer came (`APITimeoutError` when the timeout ran out),
                after the retries.
        """
        options = _organization_retrieve_options(
            workspace_id=workspace_id,
            betas=betas,
            beta=True,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )
        return await self._client.request(options, value_cast(_load_organization_info))


class AsyncBetaOrganizationWithRawResponse:
    """`AsyncBetaOrganization`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBetaOrganization) -> None:
        self._resource = resource
        self.retrieve = async_raw_response_wrapper(resource.retrieve)

    @cached_property
    def analytics(self) -> AsyncBetaAnalyticsWithRawResponse:
        from .beta_organization_analytics import AsyncBetaAnalyticsWithRawResponse

        return AsyncBetaAnalyticsWithRawResponse(self._resource.analytics)

    @cached_property
    def api_keys(self) -> AsyncBetaApiKeysWithRawResponse:
        from .beta_organization_api_keys import AsyncBetaApiKeysWithRawResponse

        return AsyncBetaApiKeysWithRawResponse(self._resource.api_keys)

    @cached_property
    def claude_code(self) -> AsyncBetaClaudeCodeWithRawResponse:
        from .beta_organization_claude_code import AsyncBetaClaudeCodeWithRawResponse

        return AsyncBetaClaudeCodeWithRawResponse(self._resource.claude_code)

    @cached_property
    def claude_tag(self) -> AsyncBetaClaudeTagWithRawResponse:
        from .beta_organization_claude_tag import AsyncBetaClaudeTagWithRawResponse

        return AsyncBetaClaudeTagWithRawResponse(self._resource.claude_tag)

    @cached_property
    def compliance_settings(self) -> AsyncBetaComplianceSettingsWithRawResponse:
        from .beta_organization_compliance_settings import (
            AsyncBetaComplianceSettingsWithRawResponse,
        )

        return AsyncBetaComplianceSettingsWithRawResponse(self._resource.compliance_settings)

    @cached_property
    def external_keys(self) -> AsyncBetaExternalKeysWithRawResponse:
        from .beta_organization_external_keys import AsyncBetaExternalKeysWithRawResponse

        return AsyncBetaExternalKeysWithRawResponse(self._resource.external_keys)

    @cached_property
    def external_storage(self) -> AsyncBetaExternalStorageWithRawResponse:
        from .beta_organization_external_storage import AsyncBetaExternalStorageWithRawResponse

        return AsyncBetaExternalStorageWithRawResponse(self._resource.external_storage)

    @cached_property
    def federation(self) -> AsyncBetaFederationWithRawResponse:
        from .beta_organization_federation import AsyncBetaFederationWithRawResponse

        return AsyncBetaFederationWithRawResponse(self._resource.federation)

    @cached_property
    def invites(self) -> AsyncBetaInvitesWithRawResponse:
        from .beta_organization_invites import AsyncBetaInvitesWithRawResponse

        return AsyncBetaInvitesWithRawResponse(self._resource.invites)

    @cached_property
    def plugin_marketplaces(self) -> AsyncBetaPluginMarketplacesWithRawResponse:
        from .beta_organization_plugin_marketplaces import (
            AsyncBetaPluginMarketplacesWithRawResponse,
        )

        return AsyncBetaPluginMarketplacesWithRawResponse(self._resource.plugin_marketplaces)

    @cached_property
    def plugins(self) -> AsyncBetaPluginsWithRawResponse:
        from .beta_organization_plugins import AsyncBetaPluginsWithRawResponse

        return AsyncBetaPluginsWithRawResponse(self._resource.plugins)

    @cached_property
    def providers(self) -> AsyncBetaProvidersWithRawResponse:
        from .beta_organization_providers import AsyncBetaProvidersWithRawResponse

        return AsyncBetaProvidersWithRawResponse(self._resource.providers)

    @cached_property
    def rate_limits(self) -> AsyncBetaRateLimitsWithRawResponse:
        from .beta_organization_rate_limits import AsyncBetaRateLimitsWithRawResponse

        return AsyncBetaRateLimitsWithRawResponse(self._resource.rate_limits)

    @cached_property
    def rbac_groups(self) -> AsyncBetaRbacGroupsWithRawResponse:
        from .beta_organization_rbac_groups import AsyncBetaRbacGroupsWithRawResponse

        return AsyncBetaRbacGroupsWithRawResponse(self._resource.rbac_groups)

    @cached_property
    def rbac_roles(self) -> AsyncBetaRbacRolesWithRawResponse:
        from .beta_organization_rbac_roles import AsyncBetaRbacRolesWithRawResponse

        return AsyncBetaRbacRolesWithRawResponse(self._resource.rbac_roles)

    @cached_property
    def service_accounts(self) -> AsyncBetaServiceAccountsWithRawResponse:
        from .beta_organization_service_accounts import AsyncBetaServiceAccountsWithRawResponse

        return AsyncBetaServiceAccountsWithRawResponse(self._resource.service_accounts)

    @cached_property
    def spend_limits(self) -> AsyncBetaSpendLimitsWithRawResponse:
        from .beta_organization_spend_limits import AsyncBetaSpendLimitsWithRawResponse

        return AsyncBetaSpendLimitsWithRawResponse(self._resource.spend_limits)

    @cached_property
    def telemetry_destinations(self) -> AsyncBetaTelemetryDestinationsWithRawResponse:
        from .beta_organization_telemetry_destinations import (
            AsyncBetaTelemetryDestinationsWithRawResponse,
        )

        return AsyncBetaTelemetryDestinationsWithRawResponse(self._resource.telemetry_destinations)

    @cached_property
    def users(self) -> AsyncBetaUsersWithRawResponse:
        from .beta_organization_users import AsyncBetaUsersWithRawResponse

        return AsyncBetaUsersWithRawResponse(self._resource.users)

    @cached_property
    def webhooks(self) -> AsyncBetaWebhooksWithRawResponse:
        from .beta_organization_webhooks import AsyncBetaWebhooksWithRawResponse

        return AsyncBetaWebhooksWithRawResponse(self._resource.webhooks)

    @cached_property
    def workspaces(self) -> AsyncBetaWorkspacesWithRawResponse:
        from .beta_organization_workspaces import AsyncBetaWorkspacesWithRawResponse

        return AsyncBetaWorkspacesWithRawResponse(self._resource.workspaces)


class AsyncBetaOrganizationWithStreamingResponse:
    """`AsyncBetaOrganization`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBetaOrganization) -> None:
        self._resource = resource
        self.retrieve = async_streaming_response_wrapper(resource.retrieve)

    @cached_property
    def analytics(self) -> AsyncBetaAnalyticsWithStreamingResponse:
        from .beta_organization_analytics import AsyncBetaAnalyticsWithStreamingResponse

        return AsyncBetaAnalyticsWithStreamingResponse(self._resource.analytics)

    @cached_property
    def api_keys(self) -> AsyncBetaApiKeysWithStreamingResponse:
        from .beta_organization_api_keys import AsyncBetaApiKeysWithStreamingResponse

        return AsyncBetaApiKeysWithStreamingResponse(self._resource.api_keys)

    @cached_property
    def claude_code(self) -> AsyncBetaClaudeCodeWithStreamingResponse:
        from .beta_organization_claude_code import AsyncBetaClaudeCodeWithStreamingResponse

        return AsyncBetaClaudeCodeWithStreamingResponse(self._resource.claude_code)

    @cached_property
    def claude_tag(self) -> AsyncBetaClaudeTagWithStreamingResponse:
        from .beta_organization_claude_tag import AsyncBetaClaudeTagWithStreamingResponse

        return AsyncBetaClaudeTagWithStreamingResponse(self._resource.claude_tag)

    @cached_property
    def compliance_settings(self) -> AsyncBetaComplianceSettingsWithStreamingResponse:
        from .beta_organization_compliance_settings import (
            AsyncBetaComplianceSettingsWithStreamingResponse,
        )

        return AsyncBetaComplianceSettingsWithStreamingResponse(self._resource.compliance_settings)

    @cached_property
    def external_keys(self) -> AsyncBetaExternalKeysWithStreamingResponse:
        from .beta_organization_external_keys import AsyncBetaExternalKeysWithStreamingResponse

        return AsyncBetaExternalKeysWithStreamingResponse(self._resource.external_keys)

    @cached_property
    def external_storage(self) -> AsyncBetaExternalStorageWithStreamingResponse:
        from .beta_organization_external_storage import (
            AsyncBetaExternalStorageWithStreamingResponse,
        )

        return AsyncBetaExternalStorageWithStreamingResponse(self._resource.external_storage)

    @cached_property
    def federation(self) -> AsyncBetaFederationWithStreamingResponse:
        from .beta_organization_federation import AsyncBetaFederationWithStreamingResponse

        return AsyncBetaFederationWithStreamingResponse(self._resource.federation)

    @cached_property
    def invites(self) -> AsyncBetaInvitesWithStreamingResponse:
        from .beta_organization_invites import AsyncBetaInvitesWithStreamingResponse

        return AsyncBetaInvitesWithStreamingResponse(self._resource.invites)

    @cached_property
    def plugin_marketplaces(self) -> AsyncBetaPluginMarketplacesWithStreamingResponse:
        from .beta_organization_plugin_marketplaces import (
            AsyncBetaPluginMarketplacesWithStreamingResponse,
        )

        return AsyncBetaPluginMarketplacesWithStreamingResponse(self._resource.plugin_marketplaces)

    @cached_property
    def plugins(self) -> AsyncBetaPluginsWithStreamingResponse:
        from .beta_organization_plugins import AsyncBetaPluginsWithStreamingResponse

        return AsyncBetaPluginsWithStreamingResponse(self._resource.plugins)

    @cached_property
    def providers(self) -> AsyncBetaProvidersWithStreamingResponse:
        from .beta_organization_providers import AsyncBetaProvidersWithStreamingResponse

        return AsyncBetaProvidersWithStreamingResponse(self._resource.providers)

    @cached_property
    def rate_limits(self) -> AsyncBetaRateLimitsWithStreamingResponse:
        from .beta_organization_rate_limits import AsyncBetaRateLimitsWithStreamingResponse

        return AsyncBetaRateLimitsWithStreamingResponse(self._resource.rate_limits)

    @cached_property
    def rbac_groups(self) -> AsyncBetaRbacGroupsWithStreamingResponse:
        from .beta_organization_rbac_groups import AsyncBetaRbacGroupsWithStreamingResponse

        return AsyncBetaRbacGroupsWithStreamingResponse(self._resource.rbac_groups)

    @cached_property
    def rbac_roles(self) -> AsyncBetaRbacRolesWithStreamingResponse:
        from .beta_organization_rbac_roles import AsyncBetaRbacRolesWithStreamingResponse

        return AsyncBetaRbacRolesWithStreamingResponse(self._resource.rbac_roles)

    @cached_property
    def service_accounts(self) -> AsyncBetaServiceAccountsWithStreamingResponse:
        from .beta_organization_service_accounts import (
            AsyncBetaServiceAccountsWithStreamingResponse,
        )

        return AsyncBetaServiceAccountsWithStreamingResponse(self._resource.service_accounts)

    @cached_property
    def spend_limits(self) -> AsyncBetaSpendLimitsWithStreamingResponse:
        from .beta_organization_spend_limits import AsyncBetaSpendLimitsWithStreamingResponse

        return AsyncBetaSpendLimitsWithStreamingResponse(self._resource.spend_limits)

    @cached_property
    def telemetry_destinations(self) -> AsyncBetaTelemetryDestinationsWithStreamingResponse:
        from .beta_organization_telemetry_destinations import (
            AsyncBetaTelemetryDestinationsWithStreamingResponse,
        )

        return AsyncBetaTelemetryDestinationsWithStreamingResponse(
            self._resource.telemetry_destinations
        )

    @cached_property
    def users(self) -> AsyncBetaUsersWithStreamingResponse:
        from .beta_organization_users import AsyncBetaUsersWithStreamingResponse

        return AsyncBetaUsersWithStreamingResponse(self._resource.users)

    @cached_property
    def webhooks(self) -> AsyncBetaWebhooksWithStreamingResponse:
        from .beta_organization_webhooks import AsyncBetaWebhooksWithStreamingResponse

        return AsyncBetaWebhooksWithStreamingResponse(self._resource.webhooks)

    @cached_property
    def workspaces(self) -> AsyncBetaWorkspacesWithStreamingResponse:
        from .beta_organization_workspaces import AsyncBetaWorkspacesWithStreamingResponse

        return AsyncBetaWorkspacesWithStreamingResponse(self._resource.workspaces)
