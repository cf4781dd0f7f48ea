# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.rbac_group_update_params`: the official path of these types."""

from __future__ import annotations

from ..._params.beta_rbac_group_update_params import (
    BetaRBACGroupUpdateParams as RBACGroupUpdateParams,
)

__all__ = [
    "RBACGroupUpdateParams",
]
