# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.deleted_rbac_group_member`: the official path of these types."""

from __future__ import annotations

from ._models.deleted_rbac_group_member import DeletedRBACGroupMember as DeletedRBACGroupMember

__all__ = [
    "DeletedRBACGroupMember",
]
