# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_rbac_role_source_built_in`: the official path of these types."""

from __future__ import annotations

from ..._models.rbac_role_source_built_in import RBACRoleSourceBuiltIn as BetaRBACRoleSourceBuiltIn

__all__ = [
    "BetaRBACRoleSourceBuiltIn",
]
