# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta.organization.rbac_groups.members` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.resources.beta_organization_rbac_groups_members import (
        AsyncBetaMembers as AsyncMembers,
    )
    from claude_api_client.resources.beta_organization_rbac_groups_members import (
        AsyncBetaMembersWithRawResponse as AsyncMembersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_rbac_groups_members import (
        AsyncBetaMembersWithStreamingResponse as AsyncMembersWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization_rbac_groups_members import (
        BetaMembers as Members,
    )
    from claude_api_client.resources.beta_organization_rbac_groups_members import (
        BetaMembersWithRawResponse as MembersWithRawResponse,
    )
    from claude_api_client.resources.beta_organization_rbac_groups_members import (
        BetaMembersWithStreamingResponse as MembersWithStreamingResponse,
    )

__all__ = [
    "AsyncMembers",
    "AsyncMembersWithRawResponse",
    "AsyncMembersWithStreamingResponse",
    "Members",
    "MembersWithRawResponse",
    "MembersWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncMembers": (
        "claude_api_client.resources.beta_organization_rbac_groups_members",
        "AsyncBetaMembers",
    ),
    "AsyncMembersWithRawResponse": (
        "claude_api_client.resources.beta_organization_rbac_groups_members",
        "AsyncBetaMembersWithRawResponse",
    ),
    "AsyncMembersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_rbac_groups_members",
        "AsyncBetaMembersWithStreamingResponse",
    ),
    "Members": ("claude_api_client.resources.beta_organization_rbac_groups_members", "BetaMembers"),
    "MembersWithRawResponse": (
        "claude_api_client.resources.beta_organization_rbac_groups_members",
        "BetaMembersWithRawResponse",
    ),
    "MembersWithStreamingResponse": (
        "claude_api_client.resources.beta_organization_rbac_groups_members",
        "BetaMembersWithStreamingResponse",
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
