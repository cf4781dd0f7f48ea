# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.rbac_groups.rbac_groups` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

__all__ = [
    "AsyncRBACGroups",
    "AsyncRBACGroupsWithRawResponse",
    "AsyncRBACGroupsWithStreamingResponse",
    "RBACGroups",
    "RBACGroupsWithRawResponse",
    "RBACGroupsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncRBACGroups": ("claude_api_client.resources.organization_rbac_groups", "AsyncRbacGroups"),
    "AsyncRBACGroupsWithRawResponse": (
        "claude_api_client.resources.organization_rbac_groups",
        "AsyncRbacGroupsWithRawResponse",
    ),
    "AsyncRBACGroupsWithStreamingResponse": (
        "claude_api_client.resources.organization_rbac_groups",
        "AsyncRbacGroupsWithStreamingResponse",
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
