# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.workspaces.service_accounts` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    "AsyncServiceAccounts",
    "AsyncServiceAccountsWithRawResponse",
    "AsyncServiceAccountsWithStreamingResponse",
    "ServiceAccounts",
    "ServiceAccountsWithRawResponse",
    "ServiceAccountsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
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
