# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_rbac_group`: the official path of these types."""

from __future__ import annotations

from .._models.rbac_group import RBACGroup as BetaRBACGroup

__all__ = [
    "BetaRBACGroup",
]
