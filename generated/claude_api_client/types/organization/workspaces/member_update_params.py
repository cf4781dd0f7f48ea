# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.workspaces.member_update_params`: the official path of these types."""

from __future__ import annotations

from ..._params.workspace_member_update_params import (
    WorkspaceMemberUpdateParams as MemberUpdateParams,
)

__all__ = [
    "MemberUpdateParams",
]
