# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.rbac_groups.member_add_params`: the official path of these types."""

from __future__ import annotations

from ...._params.beta_rbac_group_member_add_params import (
    BetaRBACGroupMemberAddParams as MemberAddParams,
)

__all__ = [
    "MemberAddParams",
]
