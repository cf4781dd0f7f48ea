# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_rbac_group_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_rbac_group_create_params import (
    BetaRBACGroupCreateParams as BetaRBACGroupCreateParams,
)

__all__ = [
    "BetaRBACGroupCreateParams",
]
