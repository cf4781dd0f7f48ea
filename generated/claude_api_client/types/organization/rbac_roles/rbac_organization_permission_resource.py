# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.rbac_roles.rbac_organization_permission_resource`: the official path of these types."""

from __future__ import annotations

from ..._models.rbac_organization_permission_resource import (
    RBACOrganizationPermissionResource as RBACOrganizationPermissionResource,
)

__all__ = [
    "RBACOrganizationPermissionResource",
]
