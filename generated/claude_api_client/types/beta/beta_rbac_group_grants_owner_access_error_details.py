# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_rbac_group_grants_owner_access_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.rbac_group_grants_owner_access_error_details import (
    RBACGroupGrantsOwnerAccessErrorDetails as BetaRBACGroupGrantsOwnerAccessErrorDetails,
)

__all__ = [
    "BetaRBACGroupGrantsOwnerAccessErrorDetails",
]
