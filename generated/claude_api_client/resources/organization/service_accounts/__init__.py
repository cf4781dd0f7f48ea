# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.service_accounts` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    from claude_api_client.resources.organization_service_accounts_workspaces import (
        AsyncWorkspaces as AsyncWorkspaces,
    )
    from claude_api_client.resources.organization_service_accounts_workspaces import (
        AsyncWorkspacesWithRawResponse as AsyncWorkspacesWithRawResponse,
    )
    from claude_api_client.resources.organization_service_accounts_workspaces import (
        AsyncWorkspacesWithStreamingResponse as AsyncWorkspacesWithStreamingResponse,
    )
    from claude_api_client.resources.organization_service_accounts_workspaces import (
        Workspaces as Workspaces,
    )
    from claude_api_client.resources.organization_service_accounts_workspaces import (
        WorkspacesWithRawResponse as WorkspacesWithRawResponse,
    )
    from claude_api_client.resources.organization_service_accounts_workspaces import (
        WorkspacesWithStreamingResponse as WorkspacesWithStreamingResponse,
    )

__all__ = [
    "AsyncServiceAccounts",
    "AsyncServiceAccountsWithRawResponse",
    "AsyncServiceAccountsWithStreamingResponse",
    "AsyncWorkspaces",
    "AsyncWorkspacesWithRawResponse",
    "AsyncWorkspacesWithStreamingResponse",
    "ServiceAccounts",
    "ServiceAccountsWithRawResponse",
    "ServiceAccountsWithStreamingResponse",
    "Workspaces",
    "WorkspacesWithRawResponse",
    "WorkspacesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
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
    "AsyncWorkspaces": (
        "claude_api_client.resources.organization_service_accounts_workspaces",
        "AsyncWorkspaces",
    ),
    "AsyncWorkspacesWithRawResponse": (
        "claude_api_client.resources.organization_service_accounts_workspaces",
        "AsyncWorkspacesWithRawResponse",
    ),
    "AsyncWorkspacesWithStreamingResponse": (
        "claude_api_client.resources.organization_service_accounts_workspaces",
        "AsyncWorkspacesWithStreamingResponse",
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
    "Workspaces": (
        "claude_api_client.resources.organization_service_accounts_workspaces",
        "Workspaces",
    ),
    "WorkspacesWithRawResponse": (
        "claude_api_client.resources.organization_service_accounts_workspaces",
        "WorkspacesWithRawResponse",
    ),
    "WorkspacesWithStreamingResponse": (
        "claude_api_client.resources.organization_service_accounts_workspaces",
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
