# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.workspaces.member_add_params`: the official path of these types."""

from __future__ import annotations

from ..._params.workspace_member_add_params import WorkspaceMemberAddParams as MemberAddParams

__all__ = [
    "MemberAddParams",
]
