# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.rbac_group_member_page`: the official path of these types."""

from __future__ import annotations

from ._models.rbac_group_member_page import RBACGroupMemberPage as RBACGroupMemberPage

__all__ = [
    "RBACGroupMemberPage",
]
