# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_spend_limits_admin_api_writes_not_enabled_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import (
    SpendLimitsAdminAPIWritesNotEnabledError as BetaSpendLimitsAdminAPIWritesNotEnabledError,
)

__all__ = [
    "BetaSpendLimitsAdminAPIWritesNotEnabledError",
]
