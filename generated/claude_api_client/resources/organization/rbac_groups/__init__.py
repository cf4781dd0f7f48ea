# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.organization.rbac_groups` of the official package: its names, lazily."""

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
    from claude_api_client.resources.organization_rbac_groups_members import (
        AsyncMembers as AsyncMembers,
    )
    from claude_api_client.resources.organization_rbac_groups_members import (
        AsyncMembersWithRawResponse as AsyncMembersWithRawResponse,
    )
    from claude_api_client.resources.organization_rbac_groups_members import (
        AsyncMembersWithStreamingResponse as AsyncMembersWithStreamingResponse,
    )
    from claude_api_client.resources.organization_rbac_groups_members import Members as Members
    from claude_api_client.resources.organization_rbac_groups_members import (
        MembersWithRawResponse as MembersWithRawResponse,
    )
    from claude_api_client.resources.organization_rbac_groups_members import (
        MembersWithStreamingResponse as MembersWithStreamingResponse,
    )

__all__ = [
    "AsyncMembers",
    "AsyncMembersWithRawResponse",
    "AsyncMembersWithStreamingResponse",
    "AsyncRBACGroups",
    "AsyncRBACGroupsWithRawResponse",
    "AsyncRBACGroupsWithStreamingResponse",
    "Members",
    "MembersWithRawResponse",
    "MembersWithStreamingResponse",
    "RBACGroups",
    "RBACGroupsWithRawResponse",
    "RBACGroupsWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncMembers": (
        "claude_api_client.resources.organization_rbac_groups_members",
        "AsyncMembers",
    ),
    "AsyncMembersWithRawResponse": (
        "claude_api_client.resources.organization_rbac_groups_members",
        "AsyncMembersWithRawResponse",
    ),
    "AsyncMembersWithStreamingResponse": (
        "claude_api_client.resources.organization_rbac_groups_members",
        "AsyncMembersWithStreamingResponse",
    ),
    "AsyncRBACGroups": ("claude_api_client.resources.organization_rbac_groups", "AsyncRbacGroups"),
    "AsyncRBACGroupsWithRawResponse": (
        "claude_api_client.resources.organization_rbac_groups",
        "AsyncRbacGroupsWithRawResponse",
    ),
    "AsyncRBACGroupsWithStreamingResponse": (
        "claude_api_client.resources.organization_rbac_groups",
        "AsyncRbacGroupsWithStreamingResponse",
    ),
    "Members": ("claude_api_client.resources.organization_rbac_groups_members", "Members"),
    "MembersWithRawResponse": (
        "claude_api_client.resources.organization_rbac_groups_members",
        "MembersWithRawResponse",
    ),
    "MembersWithStreamingResponse": (
        "claude_api_client.resources.organization_rbac_groups_members",
        "MembersWithStreamingResponse",
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
