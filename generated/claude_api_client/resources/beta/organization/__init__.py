# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization import (
        AsyncBetaOrganization as AsyncOrganization,
    )
    from claude_api_client.resources.beta_organization import (
        AsyncBetaOrganizationWithRawResponse as AsyncOrganizationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization import (
        AsyncBetaOrganizationWithStreamingResponse as AsyncOrganizationWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization import BetaOrganization as Organization
    from claude_api_client.resources.beta_organization import (
        BetaOrganizationWithRawResponse as OrganizationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization import (
        BetaOrganizationWithStreamingResponse as OrganizationWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics import (
        AsyncBetaAnalytics as AsyncAnalytics,
    )
    from claude_api_client.resources.beta_organization_analytics import (
        AsyncBetaAnalyticsWithRawResponse as AsyncAnalyticsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics import (
        AsyncBetaAnalyticsWithStreamingResponse as AsyncAnalyticsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_analytics import BetaAnalytics as Analytics
    from claude_api_client.resources.beta_organization_analytics import (
        BetaAnalyticsWithRawResponse as AnalyticsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_analytics import (
        BetaAnalyticsWithStreamingResponse as AnalyticsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_api_keys import (
        AsyncBetaApiKeys as AsyncAPIKeys,
    )
    from claude_api_client.resources.beta_organization_api_keys import (
        AsyncBetaApiKeysWithRawResponse as AsyncAPIKeysWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_api_keys import (
        AsyncBetaApiKeysWithStreamingResponse as AsyncAPIKeysWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_api_keys import BetaApiKeys as APIKeys
    from claude_api_client.resources.beta_organization_api_keys import (
        BetaApiKeysWithRawResponse as APIKeysWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_api_keys import (
        BetaApiKeysWithStreamingResponse as APIKeysWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code import (
        AsyncBetaClaudeCode as AsyncClaudeCode,
    )
    from claude_api_client.resources.beta_organization_claude_code import (
        AsyncBetaClaudeCodeWithRawResponse as AsyncClaudeCodeWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code import (
        AsyncBetaClaudeCodeWithStreamingResponse as AsyncClaudeCodeWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code import (
        BetaClaudeCode as ClaudeCode,
    )
    from claude_api_client.resources.beta_organization_claude_code import (
        BetaClaudeCodeWithRawResponse as ClaudeCodeWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_code import (
        BetaClaudeCodeWithStreamingResponse as ClaudeCodeWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag import (
        AsyncBetaClaudeTag as AsyncClaudeTag,
    )
    from claude_api_client.resources.beta_organization_claude_tag import (
        AsyncBetaClaudeTagWithRawResponse as AsyncClaudeTagWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag import (
        AsyncBetaClaudeTagWithStreamingResponse as AsyncClaudeTagWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag import BetaClaudeTag as ClaudeTag
    from claude_api_client.resources.beta_organization_claude_tag import (
        BetaClaudeTagWithRawResponse as ClaudeTagWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_claude_tag import (
        BetaClaudeTagWithStreamingResponse as ClaudeTagWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_compliance_settings import (
        AsyncBetaComplianceSettings as AsyncComplianceSettings,
    )
    from claude_api_client.resources.beta_organization_compliance_settings import (
        AsyncBetaComplianceSettingsWithRawResponse as AsyncComplianceSettingsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_compliance_settings import (
        AsyncBetaComplianceSettingsWithStreamingResponse as AsyncComplianceSettingsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_compliance_settings import (
        BetaComplianceSettings as ComplianceSettings,
    )
    from claude_api_client.resources.beta_organization_compliance_settings import (
        BetaComplianceSettingsWithRawResponse as ComplianceSettingsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_compliance_settings import (
        BetaComplianceSettingsWithStreamingResponse as ComplianceSettingsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_external_keys import (
        AsyncBetaExternalKeys as AsyncExternalKeys,
    )
    from claude_api_client.resources.beta_organization_external_keys import (
        AsyncBetaExternalKeysWithRawResponse as AsyncExternalKeysWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_external_keys import (
        AsyncBetaExternalKeysWithStreamingResponse as AsyncExternalKeysWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_external_keys import (
        BetaExternalKeys as ExternalKeys,
    )
    from claude_api_client.resources.beta_organization_external_keys import (
        BetaExternalKeysWithRawResponse as ExternalKeysWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_external_keys import (
        BetaExternalKeysWithStreamingResponse as ExternalKeysWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_external_storage import (
        AsyncBetaExternalStorage as AsyncExternalStorage,
    )
    from claude_api_client.resources.beta_organization_external_storage import (
        AsyncBetaExternalStorageWithRawResponse as AsyncExternalStorageWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_external_storage import (
        AsyncBetaExternalStorageWithStreamingResponse as AsyncExternalStorageWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_external_storage import (
        BetaExternalStorage as ExternalStorage,
    )
    from claude_api_client.resources.beta_organization_external_storage import (
        BetaExternalStorageWithRawResponse as ExternalStorageWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_external_storage import (
        BetaExternalStorageWithStreamingResponse as ExternalStorageWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_federation import (
        AsyncBetaFederation as AsyncFederation,
    )
    from claude_api_client.resources.beta_organization_federation import (
        AsyncBetaFederationWithRawResponse as AsyncFederationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_federation import (
        AsyncBetaFederationWithStreamingResponse as AsyncFederationWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_federation import (
        BetaFederation as Federation,
    )
    from claude_api_client.resources.beta_organization_federation import (
        BetaFederationWithRawResponse as FederationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_federation import (
        BetaFederationWithStreamingResponse as FederationWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_invites import (
        AsyncBetaInvites as AsyncInvites,
    )
    from claude_api_client.resources.beta_organization_invites import (
        AsyncBetaInvitesWithRawResponse as AsyncInvitesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_invites import (
        AsyncBetaInvitesWithStreamingResponse as AsyncInvitesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_invites import BetaInvites as Invites
    from claude_api_client.resources.beta_organization_invites import (
        BetaInvitesWithRawResponse as InvitesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_invites import (
        BetaInvitesWithStreamingResponse as InvitesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_plugin_marketplaces import (
        AsyncBetaPluginMarketplaces as AsyncPluginMarketplaces,
    )
    from claude_api_client.resources.beta_organization_plugin_marketplaces import (
        AsyncBetaPluginMarketplacesWithRawResponse as AsyncPluginMarketplacesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugin_marketplaces import (
        AsyncBetaPluginMarketplacesWithStreamingResponse as AsyncPluginMarketplacesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_plugin_marketplaces import (
        BetaPluginMarketplaces as PluginMarketplaces,
    )
    from claude_api_client.resources.beta_organization_plugin_marketplaces import (
        BetaPluginMarketplacesWithRawResponse as PluginMarketplacesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugin_marketplaces import (
        BetaPluginMarketplacesWithStreamingResponse as PluginMarketplacesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_plugins import (
        AsyncBetaPlugins as AsyncPlugins,
    )
    from claude_api_client.resources.beta_organization_plugins import (
        AsyncBetaPluginsWithRawResponse as AsyncPluginsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugins import (
        AsyncBetaPluginsWithStreamingResponse as AsyncPluginsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_plugins import BetaPlugins as Plugins
    from claude_api_client.resources.beta_organization_plugins import (
        BetaPluginsWithRawResponse as PluginsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_plugins import (
        BetaPluginsWithStreamingResponse as PluginsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_providers import (
        AsyncBetaProviders as AsyncProviders,
    )
    from claude_api_client.resources.beta_organization_providers import (
        AsyncBetaProvidersWithRawResponse as AsyncProvidersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_providers import (
        AsyncBetaProvidersWithStreamingResponse as AsyncProvidersWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_providers import BetaProviders as Providers
    from claude_api_client.resources.beta_organization_providers import (
        BetaProvidersWithRawResponse as ProvidersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_providers import (
        BetaProvidersWithStreamingResponse as ProvidersWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_rate_limits import (
        AsyncBetaRateLimits as AsyncRateLimits,
    )
    from claude_api_client.resources.beta_organization_rate_limits import (
        AsyncBetaRateLimitsWithRawResponse as AsyncRateLimitsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_rate_limits import (
        AsyncBetaRateLimitsWithStreamingResponse as AsyncRateLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_rate_limits import (
        BetaRateLimits as RateLimits,
    )
    from claude_api_client.resources.beta_organization_rate_limits import (
        BetaRateLimitsWithRawResponse as RateLimitsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_rate_limits import (
        BetaRateLimitsWithStreamingResponse as RateLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_rbac_groups import (
        AsyncBetaRbacGroups as AsyncRBACGroups,
    )
    from claude_api_client.resources.beta_organization_rbac_groups import (
        AsyncBetaRbacGroupsWithRawResponse as AsyncRBACGroupsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_rbac_groups import (
        AsyncBetaRbacGroupsWithStreamingResponse as AsyncRBACGroupsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_rbac_groups import (
        BetaRbacGroups as RBACGroups,
    )
    from claude_api_client.resources.beta_organization_rbac_groups import (
        BetaRbacGroupsWithRawResponse as RBACGroupsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_rbac_groups import (
        BetaRbacGroupsWithStreamingResponse as RBACGroupsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_rbac_roles import (
        AsyncBetaRbacRoles as AsyncRBACRoles,
    )
    from claude_api_client.resources.beta_organization_rbac_roles import (
        AsyncBetaRbacRolesWithRawResponse as AsyncRBACRolesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_rbac_roles import (
        AsyncBetaRbacRolesWithStreamingResponse as AsyncRBACRolesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_rbac_roles import BetaRbacRoles as RBACRoles
    from claude_api_client.resources.beta_organization_rbac_roles import (
        BetaRbacRolesWithRawResponse as RBACRolesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_rbac_roles import (
        BetaRbacRolesWithStreamingResponse as RBACRolesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_service_accounts import (
        AsyncBetaServiceAccounts as AsyncServiceAccounts,
    )
    from claude_api_client.resources.beta_organization_service_accounts import (
        AsyncBetaServiceAccountsWithRawResponse as AsyncServiceAccountsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_service_accounts import (
        AsyncBetaServiceAccountsWithStreamingResponse as AsyncServiceAccountsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_service_accounts import (
        BetaServiceAccounts as ServiceAccounts,
    )
    from claude_api_client.resources.beta_organization_service_accounts import (
        BetaServiceAccountsWithRawResponse as ServiceAccountsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_service_accounts import (
        BetaServiceAccountsWithStreamingResponse as ServiceAccountsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_spend_limits import (
        AsyncBetaSpendLimits as AsyncSpendLimits,
    )
    from claude_api_client.resources.beta_organization_spend_limits import (
        AsyncBetaSpendLimitsWithRawResponse as AsyncSpendLimitsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_spend_limits import (
        AsyncBetaSpendLimitsWithStreamingResponse as AsyncSpendLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_spend_limits import (
        BetaSpendLimits as SpendLimits,
    )
    from claude_api_client.resources.beta_organization_spend_limits import (
        BetaSpendLimitsWithRawResponse as SpendLimitsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_spend_limits import (
        BetaSpendLimitsWithStreamingResponse as SpendLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_telemetry_destinations import (
        AsyncBetaTelemetryDestinations as AsyncTelemetryDestinations,
    )
    from claude_api_client.resources.beta_organization_telemetry_destinations import (
        AsyncBetaTelemetryDestinationsWithRawResponse as AsyncTelemetryDestinationsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_telemetry_destinations import (
        AsyncBetaTelemetryDestinationsWithStreamingResponse as AsyncTelemetryDestinationsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_telemetry_destinations import (
        BetaTelemetryDestinations as TelemetryDestinations,
    )
    from claude_api_client.resources.beta_organization_telemetry_destinations import (
        BetaTelemetryDestinationsWithRawResponse as TelemetryDestinationsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_telemetry_destinations import (
        BetaTelemetryDestinationsWithStreamingResponse as TelemetryDestinationsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_users import AsyncBetaUsers as AsyncUsers
    from claude_api_client.resources.beta_organization_users import (
        AsyncBetaUsersWithRawResponse as AsyncUsersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_users import (
        AsyncBetaUsersWithStreamingResponse as AsyncUsersWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_users import BetaUsers as Users
    from claude_api_client.resources.beta_organization_users import (
        BetaUsersWithRawResponse as UsersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_users import (
        BetaUsersWithStreamingResponse as UsersWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_webhooks import (
        AsyncBetaWebhooks as AsyncWebhooks,
    )
    from claude_api_client.resources.beta_organization_webhooks import (
        AsyncBetaWebhooksWithRawResponse as AsyncWebhooksWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_webhooks import (
        AsyncBetaWebhooksWithStreamingResponse as AsyncWebhooksWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_webhooks import BetaWebhooks as Webhooks
    from claude_api_client.resources.beta_organization_webhooks import (
        BetaWebhooksWithRawResponse as WebhooksWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_webhooks import (
        BetaWebhooksWithStreamingResponse as WebhooksWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_workspaces import (
        AsyncBetaWorkspaces as AsyncWorkspaces,
    )
    from claude_api_client.resources.beta_organization_workspaces import (
        AsyncBetaWorkspacesWithRawResponse as AsyncWorkspacesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_workspaces import (
        AsyncBetaWorkspacesWithStreamingResponse as AsyncWorkspacesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_workspaces import (
        BetaWorkspaces as Workspaces,
    )
    from claude_api_client.resources.beta_organization_workspaces import (
        BetaWorkspacesWithRawResponse as WorkspacesWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_workspaces import (
        BetaWorkspacesWithStreamingResponse as WorkspacesWithStreamingResponse,
    )

__all__ = [
    "APIKeys",
    "APIKeysWithRawResponse",
    "APIKeysWithStreamingResponse",
    "Analytics",
    "AnalyticsWithRawResponse",
    "AnalyticsWithStreamingResponse",
    "AsyncAPIKeys",
    "AsyncAPIKeysWithRawResponse",
    "AsyncAPIKeysWithStreamingResponse",
    "AsyncAnalytics",
    "AsyncAnalyticsWithRawResponse",
    "AsyncAnalyticsWithStreamingResponse",
    "AsyncClaudeCode",
    "AsyncClaudeCodeWithRawResponse",
    "AsyncClaudeCodeWithStreamingResponse",
    "AsyncClaudeTag",
    "AsyncClaudeTagWithRawResponse",
    "AsyncClaudeTagWithStreamingResponse",
    "AsyncComplianceSettings",
    "AsyncComplianceSettingsWithRawResponse",
    "AsyncComplianceSettingsWithStreamingResponse",
    "AsyncExternalKeys",
    "AsyncExternalKeysWithRawResponse",
    "AsyncExternalKeysWithStreamingResponse",
    "AsyncExternalStorage",
    "AsyncExternalStorageWithRawResponse",
    "AsyncExternalStorageWithStreamingResponse",
    "AsyncFederation",
    "AsyncFederationWithRawResponse",
    "AsyncFederationWithStreamingResponse",
    "AsyncInvites",
    "AsyncInvitesWithRawResponse",
    "AsyncInvitesWithStreamingResponse",
    "AsyncOrganization",
    "AsyncOrganizationWithRawResponse",
    "AsyncOrganizationWithStreamingResponse",
    "AsyncPluginMarketplaces",
    "AsyncPluginMarketplacesWithRawResponse",
    "AsyncPluginMarketplacesWithStreamingResponse",
    "AsyncPlugins",
    "AsyncPluginsWithRawResponse",
    "AsyncPluginsWithStreamingResponse",
    "AsyncProviders",
    "AsyncProvidersWithRawResponse",
    "AsyncProvidersWithStreamingResponse",
    "AsyncRBACGroups",
    "AsyncRBACGroupsWithRawResponse",
    "AsyncRBACGroupsWithStreamingResponse",
    "AsyncRBACRoles",
    "AsyncRBACRolesWithRawResponse",
    "AsyncRBACRolesWithStreamingResponse",
    "AsyncRateLimits",
    "AsyncRateLimitsWithRawResponse",
    "AsyncRateLimitsWithStreamingResponse",
    "AsyncServiceAccounts",
    "AsyncServiceAccountsWithRawResponse",
    "AsyncServiceAccountsWithStreamingResponse",
    "AsyncSpendLimits",
    "AsyncSpendLimitsWithRawResponse",
    "AsyncSpendLimitsWithStreamingResponse",
    "AsyncTelemetryDestinations",
    "AsyncTelemetryDestinationsWithRawResponse",
    "AsyncTelemetryDestinationsWithStreamingResponse",
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "AsyncUsersWithStreamingResponse",
    "AsyncWebhooks",
    "AsyncWebhooksWithRawResponse",
    "AsyncWebhooksWithStreamingResponse",
    "AsyncWorkspaces",
    "AsyncWorkspacesWithRawResponse",
    "AsyncWorkspacesWithStreamingResponse",
    "ClaudeCode",
    "ClaudeCodeWithRawResponse",
    "ClaudeCodeWithStreamingResponse",
    "ClaudeTag",
    "ClaudeTagWithRawResponse",
    "ClaudeTagWithStreamingResponse",
    "ComplianceSettings",
    "ComplianceSettingsWithRawResponse",
    "ComplianceSettingsWithStreamingResponse",
    "ExternalKeys",
    "ExternalKeysWithRawResponse",
    "ExternalKeysWithStreamingResponse",
    "ExternalStorage",
    "ExternalStorageWithRawResponse",
    "ExternalStorageWithStreamingResponse",
    "Federation",
    "FederationWithRawResponse",
    "FederationWithStreamingResponse",
    "Invites",
    "InvitesWithRawResponse",
    "InvitesWithStreamingResponse",
    "Organization",
    "OrganizationWithRawResponse",
    "OrganizationWithStreamingResponse",
    "PluginMarketplaces",
    "PluginMarketplacesWithRawResponse",
    "PluginMarketplacesWithStreamingResponse",
    "Plugins",
    "PluginsWithRawResponse",
    "PluginsWithStreamingResponse",
    "Providers",
    "ProvidersWithRawResponse",
    "ProvidersWithStreamingResponse",
    "RBACGroups",
    "RBACGroupsWithRawResponse",
    "RBACGroupsWithStreamingResponse",
    "RBACRoles",
    "RBACRolesWithRawResponse",
    "RBACRolesWithStreamingResponse",
    "RateLimits",
    "RateLimitsWithRawResponse",
    "RateLimitsWithStreamingResponse",
    "ServiceAccounts",
    "ServiceAccountsWithRawResponse",
    "ServiceAccountsWithStreamingResponse",
    "SpendLimits",
    "SpendLimitsWithRawResponse",
    "SpendLimitsWithStreamingResponse",
    "TelemetryDestinations",
    "TelemetryDestinationsWithRawResponse",
    "TelemetryDestinationsWithStreamingResponse",
    "Users",
    "UsersWithRawResponse",
    "UsersWithStreamingResponse",
    "Webhooks",
    "WebhooksWithRawResponse",
    "WebhooksWithStreamingResponse",
    "Workspaces",
    "WorkspacesWithRawResponse",
    "WorkspacesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "APIKeys": ("claude_api_client.resources.beta_organization_api_keys", "BetaApiKeys"),
    "APIKeysWithRawResponse": (
        "claude_api_client.resources.beta_organization_api_keys",
        "BetaApiKeysWithRawResponse",
    ),
    "APIKeysWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_api_keys",
        "BetaApiKeysWithStreamingResponse",
    ),
    "Analytics": ("claude_api_client.resources.beta_organization_analytics", "BetaAnalytics"),
    "AnalyticsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics",
        "BetaAnalyticsWithRawResponse",
    ),
    "AnalyticsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics",
        "BetaAnalyticsWithStreamingResponse",
    ),
    "AsyncAPIKeys": ("claude_api_client.resources.beta_organization_api_keys", "AsyncBetaApiKeys"),
    "AsyncAPIKeysWithRawResponse": (
        "claude_api_client.resources.beta_organization_api_keys",
        "AsyncBetaApiKeysWithRawResponse",
    ),
    "AsyncAPIKeysWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_api_keys",
        "AsyncBetaApiKeysWithStreamingResponse",
    ),
    "AsyncAnalytics": (
        "claude_api_client.resources.beta_organization_analytics",
        "AsyncBetaAnalytics",
    ),
    "AsyncAnalyticsWithRawResponse": (
        "claude_api_client.resources.beta_organization_analytics",
        "AsyncBetaAnalyticsWithRawResponse",
    ),
    "AsyncAnalyticsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_analytics",
        "AsyncBetaAnalyticsWithStreamingResponse",
    ),
    "AsyncClaudeCode": (
        "claude_api_client.resources.beta_organization_claude_code",
        "AsyncBetaClaudeCode",
    ),
    "AsyncClaudeCodeWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code",
        "AsyncBetaClaudeCodeWithRawResponse",
    ),
    "AsyncClaudeCodeWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code",
        "AsyncBetaClaudeCodeWithStreamingResponse",
    ),
    "AsyncClaudeTag": (
        "claude_api_client.resources.beta_organization_claude_tag",
        "AsyncBetaClaudeTag",
    ),
    "AsyncClaudeTagWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag",
        "AsyncBetaClaudeTagWithRawResponse",
    ),
    "AsyncClaudeTagWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag",
        "AsyncBetaClaudeTagWithStreamingResponse",
    ),
    "AsyncComplianceSettings": (
        "claude_api_client.resources.beta_organization_compliance_settings",
        "AsyncBetaComplianceSettings",
    ),
    "AsyncComplianceSettingsWithRawResponse": (
        "claude_api_client.resources.beta_organization_compliance_settings",
        "AsyncBetaComplianceSettingsWithRawResponse",
    ),
    "AsyncComplianceSettingsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_compliance_settings",
        "AsyncBetaComplianceSettingsWithStreamingResponse",
    ),
    "AsyncExternalKeys": (
        "claude_api_client.resources.beta_organization_external_keys",
        "AsyncBetaExternalKeys",
    ),
    "AsyncExternalKeysWithRawResponse": (
        "claude_api_client.resources.beta_organization_external_keys",
        "AsyncBetaExternalKeysWithRawResponse",
    ),
    "AsyncExternalKeysWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_external_keys",
        "AsyncBetaExternalKeysWithStreamingResponse",
    ),
    "AsyncExternalStorage": (
        "claude_api_client.resources.beta_organization_external_storage",
        "AsyncBetaExternalStorage",
    ),
    "AsyncExternalStorageWithRawResponse": (
        "claude_api_client.resources.beta_organization_external_storage",
        "AsyncBetaExternalStorageWithRawResponse",
    ),
    "AsyncExternalStorageWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_external_storage",
        "AsyncBetaExternalStorageWithStreamingResponse",
    ),
    "AsyncFederation": (
        "claude_api_client.resources.beta_organization_federation",
        "AsyncBetaFederation",
    ),
    "AsyncFederationWithRawResponse": (
        "claude_api_client.resources.beta_organization_federation",
        "AsyncBetaFederationWithRawResponse",
    ),
    "AsyncFederationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_federation",
        "AsyncBetaFederationWithStreamingResponse",
    ),
    "AsyncInvites": ("claude_api_client.resources.beta_organization_invites", "AsyncBetaInvites"),
    "AsyncInvitesWithRawResponse": (
        "claude_api_client.resources.beta_organization_invites",
        "AsyncBetaInvitesWithRawResponse",
    ),
    "AsyncInvitesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_invites",
        "AsyncBetaInvitesWithStreamingResponse",
    ),
    "AsyncOrganization": ("claude_api_client.resources.beta_organization", "AsyncBetaOrganization"),
    "AsyncOrganizationWithRawResponse": (
        "claude_api_client.resources.beta_organization",
        "AsyncBetaOrganizationWithRawResponse",
    ),
    "AsyncOrganizationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization",
        "AsyncBetaOrganizationWithStreamingResponse",
    ),
    "AsyncPluginMarketplaces": (
        "claude_api_client.resources.beta_organization_plugin_marketplaces",
        "AsyncBetaPluginMarketplaces",
    ),
    "AsyncPluginMarketplacesWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugin_marketplaces",
        "AsyncBetaPluginMarketplacesWithRawResponse",
    ),
    "AsyncPluginMarketplacesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugin_marketplaces",
        "AsyncBetaPluginMarketplacesWithStreamingResponse",
    ),
    "AsyncPlugins": ("claude_api_client.resources.beta_organization_plugins", "AsyncBetaPlugins"),
    "AsyncPluginsWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugins",
        "AsyncBetaPluginsWithRawResponse",
    ),
    "AsyncPluginsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugins",
        "AsyncBetaPluginsWithStreamingResponse",
    ),
    "AsyncProviders": (
        "claude_api_client.resources.beta_organization_providers",
        "AsyncBetaProviders",
    ),
    "AsyncProvidersWithRawResponse": (
        "claude_api_client.resources.beta_organization_providers",
        "AsyncBetaProvidersWithRawResponse",
    ),
    "AsyncProvidersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_providers",
        "AsyncBetaProvidersWithStreamingResponse",
    ),
    "AsyncRBACGroups": (
        "claude_api_client.resources.beta_organization_rbac_groups",
        "AsyncBetaRbacGroups",
    ),
    "AsyncRBACGroupsWithRawResponse": (
        "claude_api_client.resources.beta_organization_rbac_groups",
        "AsyncBetaRbacGroupsWithRawResponse",
    ),
    "AsyncRBACGroupsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_rbac_groups",
        "AsyncBetaRbacGroupsWithStreamingResponse",
    ),
    "AsyncRBACRoles": (
        "claude_api_client.resources.beta_organization_rbac_roles",
        "AsyncBetaRbacRoles",
    ),
    "AsyncRBACRolesWithRawResponse": (
        "claude_api_client.resources.beta_organization_rbac_roles",
        "AsyncBetaRbacRolesWithRawResponse",
    ),
    "AsyncRBACRolesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_rbac_roles",
        "AsyncBetaRbacRolesWithStreamingResponse",
    ),
    "AsyncRateLimits": (
        "claude_api_client.resources.beta_organization_rate_limits",
        "AsyncBetaRateLimits",
    ),
    "AsyncRateLimitsWithRawResponse": (
        "claude_api_client.resources.beta_organization_rate_limits",
        "AsyncBetaRateLimitsWithRawResponse",
    ),
    "AsyncRateLimitsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_rate_limits",
        "AsyncBetaRateLimitsWithStreamingResponse",
    ),
    "AsyncServiceAccounts": (
        "claude_api_client.resources.beta_organization_service_accounts",
        "AsyncBetaServiceAccounts",
    ),
    "AsyncServiceAccountsWithRawResponse": (
        "claude_api_client.resources.beta_organization_service_accounts",
        "AsyncBetaServiceAccountsWithRawResponse",
    ),
    "AsyncServiceAccountsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_service_accounts",
        "AsyncBetaServiceAccountsWithStreamingResponse",
    ),
    "AsyncSpendLimits": (
        "claude_api_client.resources.beta_organization_spend_limits",
        "AsyncBetaSpendLimits",
    ),
    "AsyncSpendLimitsWithRawResponse": (
        "claude_api_client.resources.beta_organization_spend_limits",
        "AsyncBetaSpendLimitsWithRawResponse",
    ),
    "AsyncSpendLimitsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_spend_limits",
        "AsyncBetaSpendLimitsWithStreamingResponse",
    ),
    "AsyncTelemetryDestinations": (
        "claude_api_client.resources.beta_organization_telemetry_destinations",
        "AsyncBetaTelemetryDestinations",
    ),
    "AsyncTelemetryDestinationsWithRawResponse": (
        "claude_api_client.resources.beta_organization_telemetry_destinations",
        "AsyncBetaTelemetryDestinationsWithRawResponse",
    ),
    "AsyncTelemetryDestinationsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_telemetry_destinations",
        "AsyncBetaTelemetryDestinationsWithStreamingResponse",
    ),
    "AsyncUsers": ("claude_api_client.resources.beta_organization_users", "AsyncBetaUsers"),
    "AsyncUsersWithRawResponse": (
        "claude_api_client.resources.beta_organization_users",
        "AsyncBetaUsersWithRawResponse",
    ),
    "AsyncUsersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_users",
        "AsyncBetaUsersWithStreamingResponse",
    ),
    "AsyncWebhooks": (
        "claude_api_client.resources.beta_organization_webhooks",
        "AsyncBetaWebhooks",
    ),
    "AsyncWebhooksWithRawResponse": (
        "claude_api_client.resources.beta_organization_webhooks",
        "AsyncBetaWebhooksWithRawResponse",
    ),
    "AsyncWebhooksWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_webhooks",
        "AsyncBetaWebhooksWithStreamingResponse",
    ),
    "AsyncWorkspaces": (
        "claude_api_client.resources.beta_organization_workspaces",
        "AsyncBetaWorkspaces",
    ),
    "AsyncWorkspacesWithRawResponse": (
        "claude_api_client.resources.beta_organization_workspaces",
        "AsyncBetaWorkspacesWithRawResponse",
    ),
    "AsyncWorkspacesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_workspaces",
        "AsyncBetaWorkspacesWithStreamingResponse",
    ),
    "ClaudeCode": ("claude_api_client.resources.beta_organization_claude_code", "BetaClaudeCode"),
    "ClaudeCodeWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_code",
        "BetaClaudeCodeWithRawResponse",
    ),
    "ClaudeCodeWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_code",
        "BetaClaudeCodeWithStreamingResponse",
    ),
    "ClaudeTag": ("claude_api_client.resources.beta_organization_claude_tag", "BetaClaudeTag"),
    "ClaudeTagWithRawResponse": (
        "claude_api_client.resources.beta_organization_claude_tag",
        "BetaClaudeTagWithRawResponse",
    ),
    "ClaudeTagWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_claude_tag",
        "BetaClaudeTagWithStreamingResponse",
    ),
    "ComplianceSettings": (
        "claude_api_client.resources.beta_organization_compliance_settings",
        "BetaComplianceSettings",
    ),
    "ComplianceSettingsWithRawResponse": (
        "claude_api_client.resources.beta_organization_compliance_settings",
        "BetaComplianceSettingsWithRawResponse",
    ),
    "ComplianceSettingsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_compliance_settings",
        "BetaComplianceSettingsWithStreamingResponse",
    ),
    "ExternalKeys": (
        "claude_api_client.resources.beta_organization_external_keys",
        "BetaExternalKeys",
    ),
    "ExternalKeysWithRawResponse": (
        "claude_api_client.resources.beta_organization_external_keys",
        "BetaExternalKeysWithRawResponse",
    ),
    "ExternalKeysWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_external_keys",
        "BetaExternalKeysWithStreamingResponse",
    ),
    "ExternalStorage": (
        "claude_api_client.resources.beta_organization_external_storage",
        "BetaExternalStorage",
    ),
    "ExternalStorageWithRawResponse": (
        "claude_api_client.resources.beta_organization_external_storage",
        "BetaExternalStorageWithRawResponse",
    ),
    "ExternalStorageWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_external_storage",
        "BetaExternalStorageWithStreamingResponse",
    ),
    "Federation": ("claude_api_client.resources.beta_organization_federation", "BetaFederation"),
    "FederationWithRawResponse": (
        "claude_api_client.resources.beta_organization_federation",
        "BetaFederationWithRawResponse",
    ),
    "FederationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_federation",
        "BetaFederationWithStreamingResponse",
    ),
    "Invites": ("claude_api_client.resources.beta_organization_invites", "BetaInvites"),
    "InvitesWithRawResponse": (
        "claude_api_client.resources.beta_organization_invites",
        "BetaInvitesWithRawResponse",
    ),
    "InvitesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_invites",
        "BetaInvitesWithStreamingResponse",
    ),
    "Organization": ("claude_api_client.resources.beta_organization", "BetaOrganization"),
    "OrganizationWithRawResponse": (
        "claude_api_client.resources.beta_organization",
        "BetaOrganizationWithRawResponse",
    ),
    "OrganizationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization",
        "BetaOrganizationWithStreamingResponse",
    ),
    "PluginMarketplaces": (
        "claude_api_client.resources.beta_organization_plugin_marketplaces",
        "BetaPluginMarketplaces",
    ),
    "PluginMarketplacesWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugin_marketplaces",
        "BetaPluginMarketplacesWithRawResponse",
    ),
    "PluginMarketplacesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugin_marketplaces",
        "BetaPluginMarketplacesWithStreamingResponse",
    ),
    "Plugins": ("claude_api_client.resources.beta_organization_plugins", "BetaPlugins"),
    "PluginsWithRawResponse": (
        "claude_api_client.resources.beta_organization_plugins",
        "BetaPluginsWithRawResponse",
    ),
    "PluginsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_plugins",
        "BetaPluginsWithStreamingResponse",
    ),
    "Providers": ("claude_api_client.resources.beta_organization_providers", "BetaProviders"),
    "ProvidersWithRawResponse": (
        "claude_api_client.resources.beta_organization_providers",
        "BetaProvidersWithRawResponse",
    ),
    "ProvidersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_providers",
        "BetaProvidersWithStreamingResponse",
    ),
    "RBACGroups": ("claude_api_client.resources.beta_organization_rbac_groups", "BetaRbacGroups"),
    "RBACGroupsWithRawResponse": (
        "claude_api_client.resources.beta_organization_rbac_groups",
        "BetaRbacGroupsWithRawResponse",
    ),
    "RBACGroupsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_rbac_groups",
        "BetaRbacGroupsWithStreamingResponse",
    ),
    "RBACRoles": ("claude_api_client.resources.beta_organization_rbac_roles", "BetaRbacRoles"),
    "RBACRolesWithRawResponse": (
        "claude_api_client.resources.beta_organization_rbac_roles",
        "BetaRbacRolesWithRawResponse",
    ),
    "RBACRolesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_rbac_roles",
        "BetaRbacRolesWithStreamingResponse",
    ),
    "RateLimits": ("claude_api_client.resources.beta_organization_rate_limits", "BetaRateLimits"),
    "RateLimitsWithRawResponse": (
        "claude_api_client.resources.beta_organization_rate_limits",
        "BetaRateLimitsWithRawResponse",
    ),
    "RateLimitsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_rate_limits",
        "BetaRateLimitsWithStreamingResponse",
    ),
    "ServiceAccounts": (
        "claude_api_client.resources.beta_organization_service_accounts",
        "BetaServiceAccounts",
    ),
    "ServiceAccountsWithRawResponse": (
        "claude_api_client.resources.beta_organization_service_accounts",
        "BetaServiceAccountsWithRawResponse",
    ),
    "ServiceAccountsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_service_accounts",
        "BetaServiceAccountsWithStreamingResponse",
    ),
    "SpendLimits": (
        "claude_api_client.resources.beta_organization_spend_limits",
        "BetaSpendLimits",
    ),
    "SpendLimitsWithRawResponse": (
        "claude_api_client.resources.beta_organization_spend_limits",
        "BetaSpendLimitsWithRawResponse",
    ),
    "SpendLimitsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_spend_limits",
        "BetaSpendLimitsWithStreamingResponse",
    ),
    "TelemetryDestinations": (
        "claude_api_client.resources.beta_organization_telemetry_destinations",
        "BetaTelemetryDestinations",
    ),
    "TelemetryDestinationsWithRawResponse": (
        "claude_api_client.resources.beta_organization_telemetry_destinations",
        "BetaTelemetryDestinationsWithRawResponse",
    ),
    "TelemetryDestinationsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_telemetry_destinations",
        "BetaTelemetryDestinationsWithStreamingResponse",
    ),
    "Users": ("claude_api_client.resources.beta_organization_users", "BetaUsers"),
    "UsersWithRawResponse": (
        "claude_api_client.resources.beta_organization_users",
        "BetaUsersWithRawResponse",
    ),
    "UsersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_users",
        "BetaUsersWithStreamingResponse",
    ),
    "Webhooks": ("claude_api_client.resources.beta_organization_webhooks", "BetaWebhooks"),
    "WebhooksWithRawResponse": (
        "claude_api_client.resources.beta_organization_webhooks",
        "BetaWebhooksWithRawResponse",
    ),
    "WebhooksWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_webhooks",
        "BetaWebhooksWithStreamingResponse",
    ),
    "Workspaces": ("claude_api_client.resources.beta_organization_workspaces", "BetaWorkspaces"),
    "WorkspacesWithRawResponse": (
        "claude_api_client.resources.beta_organization_workspaces",
        "BetaWorkspacesWithRawResponse",
    ),
    "WorkspacesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_workspaces",
        "BetaWorkspacesWithStreamingResponse",
    ),
}


def __getattr__(name: str) -> object:
    """The class an official name of this path stands for (the one the client's namespace is)."""
    try:
        module, attr = _OFFICIAL[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
