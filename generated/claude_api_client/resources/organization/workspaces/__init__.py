# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.workspaces` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    from claude_api_client.resources.organization_workspaces_members import (
        AsyncMembers as AsyncMembers,
    )
    from claude_api_client.resources.organization_workspaces_members import (
        AsyncMembersWithRawResponse as AsyncMembersWithRawResponse,
    )
    from claude_api_client.resources.organization_workspaces_members import (
        AsyncMembersWithStreamingResponse as AsyncMembersWithStreamingResponse,
    )
    from claude_api_client.resources.organization_workspaces_members import Members as Members
    from claude_api_client.resources.organization_workspaces_members import (
        MembersWithRawResponse as MembersWithRawResponse,
    )
    from claude_api_client.resources.organization_workspaces_members import (
        MembersWithStreamingResponse as MembersWithStreamingResponse,
    )
    from claude_api_client.resources.organization_workspaces_rate_limits import (
        AsyncRateLimits as AsyncRateLimits,
    )
    from claude_api_client.resources.organization_workspaces_rate_limits import (
        AsyncRateLimitsWithRawResponse as AsyncRateLimitsWithRawResponse,
    )
    from claude_api_client.resources.organization_workspaces_rate_limits import (
        AsyncRateLimitsWithStreamingResponse as AsyncRateLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_workspaces_rate_limits import (
        RateLimits as RateLimits,
    )
    from claude_api_client.resources.organization_workspaces_rate_limits import (
        RateLimitsWithRawResponse as RateLimitsWithRawResponse,
    )
    from claude_api_client.resources.organization_workspaces_rate_limits import (
        RateLimitsWithStreamingResponse as RateLimitsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_workspaces_service_accounts import (
        AsyncServiceAccounts as AsyncServiceAccounts,
    )
    from claude_api_client.resources.organization_workspaces_service_accounts import (
        AsyncServiceAccountsWithRawResponse as AsyncServiceAccountsWithRawResponse,
    )
    from claude_api_client.resources.organization_workspaces_service_accounts import (
        AsyncServiceAccountsWithStreamingResponse as AsyncServiceAccountsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_workspaces_service_accounts import (
        ServiceAccounts as ServiceAccounts,
    )
    from claude_api_client.resources.organization_workspaces_service_accounts import (
        ServiceAccountsWithRawResponse as ServiceAccountsWithRawResponse,
    )
    from claude_api_client.resources.organization_workspaces_service_accounts import (
        ServiceAccountsWithStreamingResponse as ServiceAccountsWithStreamingResponse,
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
    "AsyncMembers": ("claude_api_client.resources.organization_workspaces_members", "AsyncMembers"),
    "AsyncMembersWithRawResponse": (
        "claude_api_client.resources.organization_workspaces_members",
        "AsyncMembersWithRawResponse",
    ),
    "AsyncMembersWithStreamingResponse": (
        "claude_api_client.resources.organization_workspaces_members",
        "AsyncMembersWithStreamingResponse",
    ),
    "AsyncRateLimits": (
        "claude_api_client.resources.organization_workspaces_rate_limits",
        "AsyncRateLimits",
    ),
    "AsyncRateLimitsWithRawResponse": (
        "claude_api_client.resources.organization_workspaces_rate_limits",
        "AsyncRateLimitsWithRawResponse",
    ),
    "AsyncRateLimitsWithStreamingResponse": (
        "claude_api_client.resources.organization_workspaces_rate_limits",
        "AsyncRateLimitsWithStreamingResponse",
    ),
    "AsyncServiceAccounts": (
        "claude_api_client.resources.organization_workspaces_service_accounts",
        "AsyncServiceAccounts",
    ),
    "AsyncServiceAccountsWithRawResponse": (
        "claude_api_client.resources.organization_workspaces_service_accounts",
        "AsyncServiceAccountsWithRawResponse",
    ),
    "AsyncServiceAccountsWithStreamingResponse": (
        "claude_api_client.resources.organization_workspaces_service_accounts",
        "AsyncServiceAccountsWithStreamingResponse",
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
    "Members": ("claude_api_client.resources.organization_workspaces_members", "Members"),
    "MembersWithRawResponse": (
        "claude_api_client.resources.organization_workspaces_members",
        "MembersWithRawResponse",
    ),
    "MembersWithStreamingResponse": (
        "claude_api_client.resources.organization_workspaces_members",
        "MembersWithStreamingResponse",
    ),
    "RateLimits": ("claude_api_client.resources.organization_workspaces_rate_limits", "RateLimits"),
    "RateLimitsWithRawResponse": (
        "claude_api_client.resources.organization_workspaces_rate_limits",
        "RateLimitsWithRawResponse",
    ),
    "RateLimitsWithStreamingResponse": (
        "claude_api_client.resources.organization_workspaces_rate_limits",
        "RateLimitsWithStreamingResponse",
    ),
    "ServiceAccounts": (
        "claude_api_client.resources.organization_workspaces_service_accounts",
        "ServiceAccounts",
    ),
    "ServiceAccountsWithRawResponse": (
        "claude_api_client.resources.organization_workspaces_service_accounts",
        "ServiceAccountsWithRawResponse",
    ),
    "ServiceAccountsWithStreamingResponse": (
        "claude_api_client.resources.organization_workspaces_service_accounts",
        "ServiceAccountsWithStreamingResponse",
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
