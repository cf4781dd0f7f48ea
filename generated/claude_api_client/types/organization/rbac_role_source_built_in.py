# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.rbac_role_source_built_in`: the official path of these types."""

from __future__ import annotations

from .._models.rbac_role_source_built_in import RBACRoleSourceBuiltIn as RBACRoleSourceBuiltIn

__all__ = [
    "RBACRoleSourceBuiltIn",
]
