# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.rbac_roles.rbac_roles` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    "RBACRoles": ("claude_api_client.resources.beta_organization_rbac_roles", "BetaRbacRoles"),
    "RBACRolesWithRawResponse": (
        "claude_api_client.resources.beta_organization_rbac_roles",
        "BetaRbacRolesWithRawResponse",
    ),
    "RBACRolesWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_rbac_roles",
        "BetaRbacRolesWithStreamingResponse",
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
