# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.rbac_roles.permissions` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    "Permissions",
    "PermissionsWithRawResponse",
    "PermissionsWithStreamingResponse",
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
