# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.rbac_group_member`: the official path of these types."""

from __future__ import annotations

from ._models.rbac_group_member import RBACGroupMember as RBACGroupMember

__all__ = [
    "RBACGroupMember",
]
