# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.rbac_roles.permissions` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_rbac_roles_permissions import (
        AsyncBetaPermissions as AsyncPermissions,
    )
    from claude_api_client.resources.beta_organization_rbac_roles_permissions import (
        AsyncBetaPermissionsWithRawResponse as AsyncPermissionsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_rbac_roles_permissions import (
        AsyncBetaPermissionsWithStreamingResponse as AsyncPermissionsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_rbac_roles_permissions import (
        BetaPermissions as Permissions,
    )
    from claude_api_client.resources.beta_organization_rbac_roles_permissions import (
        BetaPermissionsWithRawResponse as PermissionsWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_rbac_roles_permissions import (
        BetaPermissionsWithStreamingResponse as PermissionsWithStreamingResponse,
    )

__all__ = [
    "AsyncPermissions",
    "AsyncPermissionsWithRawResponse",
    "AsyncPermissionsWithStreamingResponse",
    "Permissions",
    "PermissionsWithRawResponse",
    "PermissionsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncPermissions": (
        "claude_api_client.resources.beta_organization_rbac_roles_permissions",
        "AsyncBetaPermissions",
    ),
    "AsyncPermissionsWithRawResponse": (
        "claude_api_client.resources.beta_organization_rbac_roles_permissions",
        "AsyncBetaPermissionsWithRawResponse",
    ),
    "AsyncPermissionsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_rbac_roles_permissions",
        "AsyncBetaPermissionsWithStreamingResponse",
    ),
    "Permissions": (
        "claude_api_client.resources.beta_organization_rbac_roles_permissions",
        "BetaPermissions",
    ),
    "PermissionsWithRawResponse": (
        "claude_api_client.resources.beta_organization_rbac_roles_permissions",
        "BetaPermissionsWithRawResponse",
    ),
    "PermissionsWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_rbac_roles_permissions",
        "BetaPermissionsWithStreamingResponse",
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
