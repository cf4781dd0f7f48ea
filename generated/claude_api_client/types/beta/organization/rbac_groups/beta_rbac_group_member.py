# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.rbac_groups.beta_rbac_group_member`: the official path of these types."""

from __future__ import annotations

from ...._models.rbac_group_member import RBACGroupMember as BetaRBACGroupMember

__all__ = [
    "BetaRBACGroupMember",
]
