# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.rbac_roles.beta_rbac_role_permission`: the official path of these types."""

from __future__ import annotations

from ...._models.rbac_permission_resource import RBACPermissionResource as Resource
from ...._models.rbac_role_permission import RBACRolePermission as BetaRBACRolePermission

__all__ = [
    "BetaRBACRolePermission",
    "Resource",
]
