# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.rbac_role_source_custom`: the official path of these types."""

from __future__ import annotations

from .._models.rbac_role_source_custom import RBACRoleSourceCustom as RBACRoleSourceCustom

__all__ = [
    "RBACRoleSourceCustom",
]
