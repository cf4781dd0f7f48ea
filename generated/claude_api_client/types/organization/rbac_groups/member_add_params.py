# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.rbac_groups.member_add_params`: the official path of these types."""

from __future__ import annotations

from ..._params.rbac_group_member_add_params import RBACGroupMemberAddParams as MemberAddParams

__all__ = [
    "MemberAddParams",
]
