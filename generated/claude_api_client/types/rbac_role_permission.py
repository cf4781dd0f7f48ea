# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.rbac_role_permission`: the official path of these types."""

from __future__ import annotations

from ._models.rbac_role_permission import RBACRolePermission as RBACRolePermission

__all__ = [
    "RBACRolePermission",
]
