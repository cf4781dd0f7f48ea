# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_rbac_role`: the official path of these types."""

from __future__ import annotations

from .._models.rbac_role import RBACRole as BetaRBACRole

__all__ = [
    "BetaRBACRole",
]
