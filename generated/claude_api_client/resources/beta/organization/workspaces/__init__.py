# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.workspaces` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    from claude_api_client.resources.beta_organization_workspaces_members import (
        AsyncBetaMembers as AsyncMembers,
    )
    from claude_api_client.resources.beta_organization_workspaces_members import (
        AsyncBetaMembersWithRawResponse as AsyncMembersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_workspaces_members import (
        AsyncBetaMembersWithStreamingResponse as AsyncMembersWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_workspaces_members import (
        BetaMembers as Members,
    )
    from claude_api_client.resources.beta_organization_workspaces_members import (
        BetaMembersWithRawResponse as MembersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_workspaces_members import (
        BetaMembersWithStreamingResponse as MembersWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_workspaces_rate_limits import (
        AsyncBetaRateLimits as AsyncRateLimits,
    )
    from claude_api_client.resources.beta_organization_workspaces_rate_limits import (
        AsyncBetaRateLimitsWithRawResponse as AsyncRateLimitsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_workspaces_rate_limits import (
        AsyncBetaRateLimitsWithStreamingResponse as AsyncRateLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_workspaces_rate_limits import (
        BetaRateLimits as RateLimits,
    )
    from claude_api_client.resources.beta_organization_workspaces_rate_limits import (
        BetaRateLimitsWithRawResponse as RateLimitsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_workspaces_rate_limits import (
        BetaRateLimitsWithStreamingResponse as RateLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_workspaces_service_accounts import (
        AsyncBetaServiceAccounts as AsyncServiceAccounts,
    )
    from claude_api_client.resources.beta_organization_workspaces_service_accounts import (
        AsyncBetaServiceAccountsWithRawResponse as AsyncServiceAccountsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_workspaces_service_accounts import (
        AsyncBetaServiceAccountsWithStreamingResponse as AsyncServiceAccountsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_workspaces_service_accounts import (
        BetaServiceAccounts as ServiceAccounts,
    )
    from claude_api_client.resources.beta_organization_workspaces_service_accounts import (
        BetaServiceAccountsWithRawResponse as ServiceAccountsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_workspaces_service_accounts import (
        BetaServiceAccountsWithStreamingResponse as ServiceAccountsWithStreamingResponse,
    )

__all__ = [
    "AsyncMembers",
    "AsyncMembersWithRawResponse",
    "AsyncMembersWithStreamingResponse",
    "AsyncRateLimits",
    "AsyncRateLimitsWithRawResponse",
    "AsyncRateLimitsWithStreamingResponse",
    "AsyncServiceAccounts",
    "AsyncServiceAccountsWithRawResponse",
    "AsyncServiceAccountsWithStreamingResponse",
    "AsyncWorkspaces",
    "AsyncWorkspacesWithRawResponse",
    "AsyncWorkspacesWithStreamingResponse",
    "Members",
    "MembersWithRawResponse",
    "MembersWithStreamingResponse",
    "RateLimits",
    "RateLimitsWithRawResponse",
    "RateLimitsWithStreamingResponse",
    "ServiceAccounts",
    "ServiceAccountsWithRawResponse",
    "ServiceAccountsWithStreamingResponse",
    "Workspaces",
    "WorkspacesWithRawResponse",
    "WorkspacesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncMembers": (
        "claude_api_client.resources.beta_organization_workspaces_members",
        "AsyncBetaMembers",
    ),
    "AsyncMembersWithRawResponse": (
        "claude_api_client.resources.beta_organization_workspaces_members",
        "AsyncBetaMembersWithRawResponse",
    ),
    "AsyncMembersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_workspaces_members",
        "AsyncBetaMembersWithStreamingResponse",
    ),
    "AsyncRateLimits": (
        "claude_api_client.resources.beta_organization_workspaces_rate_limits",
        "AsyncBetaRateLimits",
    ),
    "AsyncRateLimitsWithRawResponse": (
        "claude_api_client.resources.beta_organization_workspaces_rate_limits",
        "AsyncBetaRateLimitsWithRawResponse",
    ),
    "AsyncRateLimitsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_workspaces_rate_limits",
        "AsyncBetaRateLimitsWithStreamingResponse",
    ),
    "AsyncServiceAccounts": (
        "claude_api_client.resources.beta_organization_workspaces_service_accounts",
        "AsyncBetaServiceAccounts",
    ),
    "AsyncServiceAccountsWithRawResponse": (
        "claude_api_client.resources.beta_organization_workspaces_service_accounts",
        "AsyncBetaServiceAccountsWithRawResponse",
    ),
    "AsyncServiceAccountsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_workspaces_service_accounts",
        "AsyncBetaServiceAccountsWithStreamingResponse",
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
    "Members": ("claude_api_client.resources.beta_organization_workspaces_members", "BetaMembers"),
    "MembersWithRawResponse": (
        "claude_api_client.resources.beta_organization_workspaces_members",
        "BetaMembersWithRawResponse",
    ),
    "MembersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_workspaces_members",
        "BetaMembersWithStreamingResponse",
    ),
    "RateLimits": (
        "claude_api_client.resources.beta_organization_workspaces_rate_limits",
        "BetaRateLimits",
    ),
    "RateLimitsWithRawResponse": (
        "claude_api_client.resources.beta_organization_workspaces_rate_limits",
        "BetaRateLimitsWithRawResponse",
    ),
    "RateLimitsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_workspaces_rate_limits",
        "BetaRateLimitsWithStreamingResponse",
    ),
    "ServiceAccounts": (
        "claude_api_client.resources.beta_organization_workspaces_service_accounts",
        "BetaServiceAccounts",
    ),
    "ServiceAccountsWithRawResponse": (
        "claude_api_client.resources.beta_organization_workspaces_service_accounts",
        "BetaServiceAccountsWithRawResponse",
    ),
    "ServiceAccountsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_workspaces_service_accounts",
        "BetaServiceAccountsWithStreamingResponse",
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
