# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.organization.organization import (
        AsyncOrganization as AsyncOrganization,
    )
    from claude_api_client.resources.organization.organization import (
        AsyncOrganizationWithRawResponse as AsyncOrganizationWithRawResponse,
    )
    from claude_api_client.resources.organization.organization import (
        AsyncOrganizationWithStreamingResponse as AsyncOrganizationWithStreamingResponse,
    )
    from claude_api_client.resources.organization.organization import Organization as Organization
    from claude_api_client.resources.organization.organization import (
        OrganizationWithRawResponse as OrganizationWithRawResponse,
    )
    from claude_api_client.resources.organization.organization import (
        OrganizationWithStreamingResponse as OrganizationWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics import Analytics as Analytics
    from claude_api_client.resources.organization_analytics import (
        AnalyticsWithRawResponse as AnalyticsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics import (
        AnalyticsWithStreamingResponse as AnalyticsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_analytics import AsyncAnalytics as AsyncAnalytics
    from claude_api_client.resources.organization_analytics import (
        AsyncAnalyticsWithRawResponse as AsyncAnalyticsWithRawResponse,
    )
    from claude_api_client.resources.organization_analytics import (
        AsyncAnalyticsWithStreamingResponse as AsyncAnalyticsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_api_keys import ApiKeys as APIKeys
    from claude_api_client.resources.organization_api_keys import (
        ApiKeysWithRawResponse as APIKeysWithRawResponse,
    )
    from claude_api_client.resources.organization_api_keys import (
        ApiKeysWithStreamingResponse as APIKeysWithStreamingResponse,
    )
    from claude_api_client.resources.organization_api_keys import AsyncApiKeys as AsyncAPIKeys
    from claude_api_client.resources.organization_api_keys import (
        AsyncApiKeysWithRawResponse as AsyncAPIKeysWithRawResponse,
    )
    from claude_api_client.resources.organization_api_keys import (
        AsyncApiKeysWithStreamingResponse as AsyncAPIKeysWithStreamingResponse,
    )
    from claude_api_client.resources.organization_compliance_settings import (
        AsyncComplianceSettings as AsyncComplianceSettings,
    )
    from claude_api_client.resources.organization_compliance_settings import (
        AsyncComplianceSettingsWithRawResponse as AsyncComplianceSettingsWithRawResponse,
    )
    from claude_api_client.resources.organization_compliance_settings import (
        AsyncComplianceSettingsWithStreamingResponse as AsyncComplianceSettingsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_compliance_settings import (
        ComplianceSettings as ComplianceSettings,
    )
    from claude_api_client.resources.organization_compliance_settings import (
        ComplianceSettingsWithRawResponse as ComplianceSettingsWithRawResponse,
    )
    from claude_api_client.resources.organization_compliance_settings import (
        ComplianceSettingsWithStreamingResponse as ComplianceSettingsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_external_keys import (
        AsyncExternalKeys as AsyncExternalKeys,
    )
    from claude_api_client.resources.organization_external_keys import (
        AsyncExternalKeysWithRawResponse as AsyncExternalKeysWithRawResponse,
    )
    from claude_api_client.resources.organization_external_keys import (
        AsyncExternalKeysWithStreamingResponse as AsyncExternalKeysWithStreamingResponse,
    )
    from claude_api_client.resources.organization_external_keys import ExternalKeys as ExternalKeys
    from claude_api_client.resources.organization_external_keys import (
        ExternalKeysWithRawResponse as ExternalKeysWithRawResponse,
    )
    from claude_api_client.resources.organization_external_keys import (
        ExternalKeysWithStreamingResponse as ExternalKeysWithStreamingResponse,
    )
    from claude_api_client.resources.organization_federation import (
        AsyncFederation as AsyncFederation,
    )
    from claude_api_client.resources.organization_federation import (
        AsyncFederationWithRawResponse as AsyncFederationWithRawResponse,
    )
    from claude_api_client.resources.organization_federation import (
        AsyncFederationWithStreamingResponse as AsyncFederationWithStreamingResponse,
    )
    from claude_api_client.resources.organization_federation import Federation as Federation
    from claude_api_client.resources.organization_federation import (
        FederationWithRawResponse as FederationWithRawResponse,
    )
    from claude_api_client.resources.organization_federation import (
        FederationWithStreamingResponse as FederationWithStreamingResponse,
    )
    from claude_api_client.resources.organization_invites import AsyncInvites as AsyncInvites
    from claude_api_client.resources.organization_invites import (
        AsyncInvitesWithRawResponse as AsyncInvitesWithRawResponse,
    )
    from claude_api_client.resources.organization_invites import (
        AsyncInvitesWithStreamingResponse as AsyncInvitesWithStreamingResponse,
    )
    from claude_api_client.resources.organization_invites import Invites as Invites
    from claude_api_client.resources.organization_invites import (
        InvitesWithRawResponse as InvitesWithRawResponse,
    )
    from claude_api_client.resources.organization_invites import (
        InvitesWithStreamingResponse as InvitesWithStreamingResponse,
    )
    from claude_api_client.resources.organization_rate_limits import (
        AsyncRateLimits as AsyncRateLimits,
    )
    from claude_api_client.resources.organization_rate_limits import (
        AsyncRateLimitsWithRawResponse as AsyncRateLimitsWithRawResponse,
    )
    from claude_api_client.resources.organization_rate_limits import (
        AsyncRateLimitsWithStreamingResponse as AsyncRateLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_rate_limits import RateLimits as RateLimits
    from claude_api_client.resources.organization_rate_limits import (
        RateLimitsWithRawResponse as RateLimitsWithRawResponse,
    )
    from claude_api_client.resources.organization_rate_limits import (
        RateLimitsWithStreamingResponse as RateLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_rbac_groups import (
        AsyncRbacGroups as AsyncRBACGroups,
    )
    from claude_api_client.resources.organization_rbac_groups import (
        AsyncRbacGroupsWithRawResponse as AsyncRBACGroupsWithRawResponse,
    )
    from claude_api_client.resources.organization_rbac_groups import (
        AsyncRbacGroupsWithStreamingResponse as AsyncRBACGroupsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_rbac_groups import RbacGroups as RBACGroups
    from claude_api_client.resources.organization_rbac_groups import (
        RbacGroupsWithRawResponse as RBACGroupsWithRawResponse,
    )
    from claude_api_client.resources.organization_rbac_groups import (
        RbacGroupsWithStreamingResponse as RBACGroupsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_rbac_roles import AsyncRbacRoles as AsyncRBACRoles
    from claude_api_client.resources.organization_rbac_roles import (
        AsyncRbacRolesWithRawResponse as AsyncRBACRolesWithRawResponse,
    )
    from claude_api_client.resources.organization_rbac_roles import (
        AsyncRbacRolesWithStreamingResponse as AsyncRBACRolesWithStreamingResponse,
    )
    from claude_api_client.resources.organization_rbac_roles import RbacRoles as RBACRoles
    from claude_api_client.resources.organization_rbac_roles import (
        RbacRolesWithRawResponse as RBACRolesWithRawResponse,
    )
    from claude_api_client.resources.organization_rbac_roles import (
        RbacRolesWithStreamingResponse as RBACRolesWithStreamingResponse,
    )
    from claude_api_client.resources.organization_service_accounts import (
        AsyncServiceAccounts as AsyncServiceAccounts,
    )
    from claude_api_client.resources.organization_service_accounts import (
        AsyncServiceAccountsWithRawResponse as AsyncServiceAccountsWithRawResponse,
    )
    from claude_api_client.resources.organization_service_accounts import (
        AsyncServiceAccountsWithStreamingResponse as AsyncServiceAccountsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_service_accounts import (
        ServiceAccounts as ServiceAccounts,
    )
    from claude_api_client.resources.organization_service_accounts import (
        ServiceAccountsWithRawResponse as ServiceAccountsWithRawResponse,
    )
    from claude_api_client.resources.organization_service_accounts import (
        ServiceAccountsWithStreamingResponse as ServiceAccountsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_spend_limits import (
        AsyncSpendLimits as AsyncSpendLimits,
    )
    from claude_api_client.resources.organization_spend_limits import (
        AsyncSpendLimitsWithRawResponse as AsyncSpendLimitsWithRawResponse,
    )
    from claude_api_client.resources.organization_spend_limits import (
        AsyncSpendLimitsWithStreamingResponse as AsyncSpendLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_spend_limits import SpendLimits as SpendLimits
    from claude_api_client.resources.organization_spend_limits import (
        SpendLimitsWithRawResponse as SpendLimitsWithRawResponse,
    )
    from claude_api_client.resources.organization_spend_limits import (
        SpendLimitsWithStreamingResponse as SpendLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_users import AsyncUsers as AsyncUsers
    from claude_api_client.resources.organization_users import (
        AsyncUsersWithRawResponse as AsyncUsersWithRawResponse,
    )
    from claude_api_client.resources.organization_users import (
        AsyncUsersWithStreamingResponse as AsyncUsersWithStreamingResponse,
    )
    from claude_api_client.resources.organization_users import Users as Users
    from claude_api_client.resources.organization_users import (
        UsersWithRawResponse as UsersWithRawResponse,
    )
    from claude_api_client.resources.organization_users import (
        UsersWithStreamingResponse as UsersWithStreamingResponse,
    )
    from claude_api_client.resources.organization_workspaces import (
        AsyncWorkspaces as AsyncWorkspaces,
    )
    from claude_api_client.resources.organization_workspaces import (
        AsyncWorkspacesWithRawResponse as AsyncWorkspacesWithRawResponse,
    )
    from claude_api_client.resources.organization_workspaces import (
        AsyncWorkspacesWithStreamingResponse as AsyncWorkspacesWithStreamingResponse,
    )
    from claude_api_client.resources.organization_workspaces import Workspaces as Workspaces
    from claude_api_client.resources.organization_workspaces import (
        WorkspacesWithRawResponse as WorkspacesWithRawResponse,
    )
    from claude_api_client.resources.organization_workspaces import (
        WorkspacesWithStreamingResponse as WorkspacesWithStreamingResponse,
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
    "AsyncComplianceSettings",
    "AsyncComplianceSettingsWithRawResponse",
    "AsyncComplianceSettingsWithStreamingResponse",
    "AsyncExternalKeys",
    "AsyncExternalKeysWithRawResponse",
    "AsyncExternalKeysWithStreamingResponse",
    "AsyncFederation",
    "AsyncFederationWithRawResponse",
    "AsyncFederationWithStreamingResponse",
    "AsyncInvites",
    "AsyncInvitesWithRawResponse",
    "AsyncInvitesWithStreamingResponse",
    "AsyncOrganization",
    "AsyncOrganizationWithRawResponse",
    "AsyncOrganizationWithStreamingResponse",
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
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "AsyncUsersWithStreamingResponse",
    "AsyncWorkspaces",
    "AsyncWorkspacesWithRawResponse",
    "AsyncWorkspacesWithStreamingResponse",
    "ComplianceSettings",
    "ComplianceSettingsWithRawResponse",
    "ComplianceSettingsWithStreamingResponse",
    "ExternalKeys",
    "ExternalKeysWithRawResponse",
    "ExternalKeysWithStreamingResponse",
    "Federation",
    "FederationWithRawResponse",
    "FederationWithStreamingResponse",
    "Invites",
    "InvitesWithRawResponse",
    "InvitesWithStreamingResponse",
    "Organization",
    "OrganizationWithRawResponse",
    "OrganizationWithStreamingResponse",
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
    "Users",
    "UsersWithRawResponse",
    "UsersWithStreamingResponse",
    "Workspaces",
    "WorkspacesWithRawResponse",
    "WorkspacesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "APIKeys": ("claude_api_client.resources.organization_api_keys", "ApiKeys"),
    "APIKeysWithRawResponse": (
        "claude_api_client.resources.organization_api_keys",
        "ApiKeysWithRawResponse",
    ),
    "APIKeysWithStreamingResponse": (
        "claude_api_client.resources.organization_api_keys",
        "ApiKeysWithStreamingResponse",
    ),
    "Analytics": ("claude_api_client.resources.organization_analytics", "Analytics"),
    "AnalyticsWithRawResponse": (
        "claude_api_client.resources.organization_analytics",
        "AnalyticsWithRawResponse",
    ),
    "AnalyticsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics",
        "AnalyticsWithStreamingResponse",
    ),
    "AsyncAPIKeys": ("claude_api_client.resources.organization_api_keys", "AsyncApiKeys"),
    "AsyncAPIKeysWithRawResponse": (
        "claude_api_client.resources.organization_api_keys",
        "AsyncApiKeysWithRawResponse",
    ),
    "AsyncAPIKeysWithStreamingResponse": (
        "claude_api_client.resources.organization_api_keys",
        "AsyncApiKeysWithStreamingResponse",
    ),
    "AsyncAnalytics": ("claude_api_client.resources.organization_analytics", "AsyncAnalytics"),
    "AsyncAnalyticsWithRawResponse": (
        "claude_api_client.resources.organization_analytics",
        "AsyncAnalyticsWithRawResponse",
    ),
    "AsyncAnalyticsWithStreamingResponse": (
        "claude_api_client.resources.organization_analytics",
        "AsyncAnalyticsWithStreamingResponse",
    ),
    "AsyncComplianceSettings": (
        "claude_api_client.resources.organization_compliance_settings",
        "AsyncComplianceSettings",
    ),
    "AsyncComplianceSettingsWithRawResponse": (
        "claude_api_client.resources.organization_compliance_settings",
        "AsyncComplianceSettingsWithRawResponse",
    ),
    "AsyncComplianceSettingsWithStreamingResponse": (
        "claude_api_client.resources.organization_compliance_settings",
        "AsyncComplianceSettingsWithStreamingResponse",
    ),
    "AsyncExternalKeys": (
        "claude_api_client.resources.organization_external_keys",
        "AsyncExternalKeys",
    ),
    "AsyncExternalKeysWithRawResponse": (
        "claude_api_client.resources.organization_external_keys",
        "AsyncExternalKeysWithRawResponse",
    ),
    "AsyncExternalKeysWithStreamingResponse": (
        "claude_api_client.resources.organization_external_keys",
        "AsyncExternalKeysWithStreamingResponse",
    ),
    "AsyncFederation": ("claude_api_client.resources.organization_federation", "AsyncFederation"),
    "AsyncFederationWithRawResponse": (
        "claude_api_client.resources.organization_federation",
        "AsyncFederationWithRawResponse",
    ),
    "AsyncFederationWithStreamingResponse": (
        "claude_api_client.resources.organization_federation",
        "AsyncFederationWithStreamingResponse",
    ),
    "AsyncInvites": ("claude_api_client.resources.organization_invites", "AsyncInvites"),
    "AsyncInvitesWithRawResponse": (
        "claude_api_client.resources.organization_invites",
        "AsyncInvitesWithRawResponse",
    ),
    "AsyncInvitesWithStreamingResponse": (
        "claude_api_client.resources.organization_invites",
        "AsyncInvitesWithStreamingResponse",
    ),
    "AsyncOrganization": (
        "claude_api_client.resources.organization.organization",
        "AsyncOrganization",
    ),
    "AsyncOrganizationWithRawResponse": (
        "claude_api_client.resources.organization.organization",
        "AsyncOrganizationWithRawResponse",
    ),
    "AsyncOrganizationWithStreamingResponse": (
        "claude_api_client.resources.organization.organization",
        "AsyncOrganizationWithStreamingResponse",
    ),
    "AsyncRBACGroups": ("claude_api_client.resources.organization_rbac_groups", "AsyncRbacGroups"),
    "AsyncRBACGroupsWithRawResponse": (
        "claude_api_client.resources.organization_rbac_groups",
        "AsyncRbacGroupsWithRawResponse",
    ),
    "AsyncRBACGroupsWithStreamingResponse": (
        "claude_api_client.resources.organization_rbac_groups",
        "AsyncRbacGroupsWithStreamingResponse",
    ),
    "AsyncRBACRoles": ("claude_api_client.resources.organization_rbac_roles", "AsyncRbacRoles"),
    "AsyncRBACRolesWithRawResponse": (
        "claude_api_client.resources.organization_rbac_roles",
        "AsyncRbacRolesWithRawResponse",
    ),
    "AsyncRBACRolesWithStreamingResponse": (
        "claude_api_client.resources.organization_rbac_roles",
        "AsyncRbacRolesWithStreamingResponse",
    ),
    "AsyncRateLimits": ("claude_api_client.resources.organization_rate_limits", "AsyncRateLimits"),
    "AsyncRateLimitsWithRawResponse": (
        "claude_api_client.resources.organization_rate_limits",
        "AsyncRateLimitsWithRawResponse",
    ),
    "AsyncRateLimitsWithStreamingResponse": (
        "claude_api_client.resources.organization_rate_limits",
        "AsyncRateLimitsWithStreamingResponse",
    ),
    "AsyncServiceAccounts": (
        "claude_api_client.resources.organization_service_accounts",
        "AsyncServiceAccounts",
    ),
    "AsyncServiceAccountsWithRawResponse": (
        "claude_api_client.resources.organization_service_accounts",
        "AsyncServiceAccountsWithRawResponse",
    ),
    "AsyncServiceAccountsWithStreamingResponse": (
        "claude_api_client.resources.organization_service_accounts",
        "AsyncServiceAccountsWithStreamingResponse",
    ),
    "AsyncSpendLimits": (
        "claude_api_client.resources.organization_spend_limits",
        "AsyncSpendLimits",
    ),
    "AsyncSpendLimitsWithRawResponse": (
        "claude_api_client.resources.organization_spend_limits",
        "AsyncSpendLimitsWithRawResponse",
    ),
    "AsyncSpendLimitsWithStreamingResponse": (
        "claude_api_client.resources.organization_spend_limits",
        "AsyncSpendLimitsWithStreamingResponse",
    ),
    "AsyncUsers": ("claude_api_client.resources.organization_users", "AsyncUsers"),
    "AsyncUsersWithRawResponse": (
        "claude_api_client.resources.organization_users",
        "AsyncUsersWithRawResponse",
    ),
    "AsyncUsersWithStreamingResponse": (
        "claude_api_client.resources.organization_users",
        "AsyncUsersWithStreamingResponse",
    ),
    "AsyncWorkspaces": ("claude_api_client.resources.organization_workspaces", "AsyncWorkspaces"),
    "AsyncWorkspacesWithRawResponse": (
        "claude_api_client.resources.organization_workspaces",
        "AsyncWorkspacesWithRawResponse",
    ),
    "AsyncWorkspacesWithStreamingResponse": (
        "claude_api_client.resources.organization_workspaces",
        "AsyncWorkspacesWithStreamingResponse",
    ),
    "ComplianceSettings": (
        "claude_api_client.resources.organization_compliance_settings",
        "ComplianceSettings",
    ),
    "ComplianceSettingsWithRawResponse": (
        "claude_api_client.resources.organization_compliance_settings",
        "ComplianceSettingsWithRawResponse",
    ),
    "ComplianceSettingsWithStreamingResponse": (
        "claude_api_client.resources.organization_compliance_settings",
        "ComplianceSettingsWithStreamingResponse",
    ),
    "ExternalKeys": ("claude_api_client.resources.organization_external_keys", "ExternalKeys"),
    "ExternalKeysWithRawResponse": (
        "claude_api_client.resources.organization_external_keys",
        "ExternalKeysWithRawResponse",
    ),
    "ExternalKeysWithStreamingResponse": (
        "claude_api_client.resources.organization_external_keys",
        "ExternalKeysWithStreamingResponse",
    ),
    "Federation": ("claude_api_client.resources.organization_federation", "Federation"),
    "FederationWithRawResponse": (
        "claude_api_client.resources.organization_federation",
        "FederationWithRawResponse",
    ),
    "FederationWithStreamingResponse": (
        "claude_api_client.resources.organization_federation",
        "FederationWithStreamingResponse",
    ),
    "Invites": ("claude_api_client.resources.organization_invites", "Invites"),
    "InvitesWithRawResponse": (
        "claude_api_client.resources.organization_invites",
        "InvitesWithRawResponse",
    ),
    "InvitesWithStreamingResponse": (
        "claude_api_client.resources.organization_invites",
        "InvitesWithStreamingResponse",
    ),
    "Organization": ("claude_api_client.resources.organization.organization", "Organization"),
    "OrganizationWithRawResponse": (
        "claude_api_client.resources.organization.organization",
        "OrganizationWithRawResponse",
    ),
    "OrganizationWithStreamingResponse": (
        "claude_api_client.resources.organization.organization",
        "OrganizationWithStreamingResponse",
    ),
    "RBACGroups": ("claude_api_client.resources.organization_rbac_groups", "RbacGroups"),
    "RBACGroupsWithRawResponse": (
        "claude_api_client.resources.organization_rbac_groups",
        "RbacGroupsWithRawResponse",
    ),
    "RBACGroupsWithStreamingResponse": (
        "claude_api_client.resources.organization_rbac_groups",
        "RbacGroupsWithStreamingResponse",
    ),
    "RBACRoles": ("claude_api_client.resources.organization_rbac_roles", "RbacRoles"),
    "RBACRolesWithRawResponse": (
        "claude_api_client.resources.organization_rbac_roles",
        "RbacRolesWithRawResponse",
    ),
    "RBACRolesWithStreamingResponse": (
        "claude_api_client.resources.organization_rbac_roles",
        "RbacRolesWithStreamingResponse",
    ),
    "RateLimits": ("claude_api_client.resources.organization_rate_limits", "RateLimits"),
    "RateLimitsWithRawResponse": (
        "claude_api_client.resources.organization_rate_limits",
        "RateLimitsWithRawResponse",
    ),
    "RateLimitsWithStreamingResponse": (
        "claude_api_client.resources.organization_rate_limits",
        "RateLimitsWithStreamingResponse",
    ),
    "ServiceAccounts": (
        "claude_api_client.resources.organization_service_accounts",
        "ServiceAccounts",
    ),
    "ServiceAccountsWithRawResponse": (
        "claude_api_client.resources.organization_service_accounts",
        "ServiceAccountsWithRawResponse",
    ),
    "ServiceAccountsWithStreamingResponse": (
        "claude_api_client.resources.organization_service_accounts",
        "ServiceAccountsWithStreamingResponse",
    ),
    "SpendLimits": ("claude_api_client.resources.organization_spend_limits", "SpendLimits"),
    "SpendLimitsWithRawResponse": (
        "claude_api_client.resources.organization_spend_limits",
        "SpendLimitsWithRawResponse",
    ),
    "SpendLimitsWithStreamingResponse": (
        "claude_api_client.resources.organization_spend_limits",
        "SpendLimitsWithStreamingResponse",
    ),
    "Users": ("claude_api_client.resources.organization_users", "Users"),
    "UsersWithRawResponse": (
        "claude_api_client.resources.organization_users",
        "UsersWithRawResponse",
    ),
    "UsersWithStreamingResponse": (
        "claude_api_client.resources.organization_users",
        "UsersWithStreamingResponse",
    ),
    "Workspaces": ("claude_api_client.resources.organization_workspaces", "Workspaces"),
    "WorkspacesWithRawResponse": (
        "claude_api_client.resources.organization_workspaces",
        "WorkspacesWithRawResponse",
    ),
    "WorkspacesWithStreamingResponse": (
        "claude_api_client.resources.organization_workspaces",
        "WorkspacesWithStreamingResponse",
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
