# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.rbac_roles.rbac_roles` of the official package: its names, lazily."""

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

__all__ = [
    "AsyncRBACRoles",
    "AsyncRBACRolesWithRawResponse",
    "AsyncRBACRolesWithStreamingResponse",
    "RBACRoles",
    "RBACRolesWithRawResponse",
    "RBACRolesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncRBACRoles": ("claude_api_client.resources.organization_rbac_roles", "AsyncRbacRoles"),
    "AsyncRBACRolesWithRawResponse": (
        "claude_api_client.resources.organization_rbac_roles",
        "AsyncRbacRolesWithRawResponse",
    ),
    "AsyncRBACRolesWithStreamingResponse": (
        "claude_api_client.resources.organization_rbac_roles",
        "AsyncRbacRolesWithStreamingResponse",
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
