# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.rbac_roles` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    from claude_api_client.resources.organization_rbac_roles_permissions import (
        AsyncPermissions as AsyncPermissions,
    )
    from claude_api_client.resources.organization_rbac_roles_permissions import (
        AsyncPermissionsWithRawResponse as AsyncPermissionsWithRawResponse,
    )
    from claude_api_client.resources.organization_rbac_roles_permissions import (
        AsyncPermissionsWithStreamingResponse as AsyncPermissionsWithStreamingResponse,
    )
    from claude_api_client.resources.organization_rbac_roles_permissions import (
        Permissions as Permissions,
    )
    from claude_api_client.resources.organization_rbac_roles_permissions import (
        PermissionsWithRawResponse as PermissionsWithRawResponse,
    )
    from claude_api_client.resources.organization_rbac_roles_permissions import (
        PermissionsWithStreamingResponse as PermissionsWithStreamingResponse,
    )

__all__ = [
    "AsyncPermissions",
    "AsyncPermissionsWithRawResponse",
    "AsyncPermissionsWithStreamingResponse",
    "AsyncRBACRoles",
    "AsyncRBACRolesWithRawResponse",
    "AsyncRBACRolesWithStreamingResponse",
    "Permissions",
    "PermissionsWithRawResponse",
    "PermissionsWithStreamingResponse",
    "RBACRoles",
    "RBACRolesWithRawResponse",
    "RBACRolesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncPermissions": (
        "claude_api_client.resources.organization_rbac_roles_permissions",
        "AsyncPermissions",
    ),
    "AsyncPermissionsWithRawResponse": (
        "claude_api_client.resources.organization_rbac_roles_permissions",
        "AsyncPermissionsWithRawResponse",
    ),
    "AsyncPermissionsWithStreamingResponse": (
        "claude_api_client.resources.organization_rbac_roles_permissions",
        "AsyncPermissionsWithStreamingResponse",
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
    "Permissions": (
        "claude_api_client.resources.organization_rbac_roles_permissions",
        "Permissions",
    ),
    "PermissionsWithRawResponse": (
        "claude_api_client.resources.organization_rbac_roles_permissions",
        "PermissionsWithRawResponse",
    ),
    "PermissionsWithStreamingResponse": (
        "claude_api_client.resources.organization_rbac_roles_permissions",
        "PermissionsWithStreamingResponse",
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
