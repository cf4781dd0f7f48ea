# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.rbac_role_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.beta_rbac_role_list_params import BetaRbacRoleListParams as RBACRoleListParams

__all__ = [
    "RBACRoleListParams",
]
