# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_rbac_group_not_found_error_details`: the official path of these types."""

from __future__ import annotations

from ..._models.rbac_group_not_found_error_details import (
    RBACGroupNotFoundErrorDetails as BetaRBACGroupNotFoundErrorDetails,
)

__all__ = [
    "BetaRBACGroupNotFoundErrorDetails",
]
