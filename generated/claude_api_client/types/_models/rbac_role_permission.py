# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .rbac_permission_resource import RBACPermissionResource


class RBACRolePermission(APIModel):
    """One thing a role allows."""

    action: str
    """What may be done (`read`, `use` …)."""
    resource: RBACPermissionResource
    """What it may be done to."""
    type: Literal["rbac_role_permission"]
    """Always `rbac_role_permission`."""
