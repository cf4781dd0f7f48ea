# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.rbac_roles.permission_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.beta_permission_list_params import BetaPermissionListParams as PermissionListParams

__all__ = [
    "PermissionListParams",
]
