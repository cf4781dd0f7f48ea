# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.claude_code.beta_rbac_group_order_limit_exceeded_error`: the official path of these types."""

from __future__ import annotations

from ....._error_classes import (
    RBACGroupOrderLimitExceededError as BetaRBACGroupOrderLimitExceededError,
)

__all__ = [
    "BetaRBACGroupOrderLimitExceededError",
]
