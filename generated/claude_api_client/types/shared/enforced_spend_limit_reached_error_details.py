# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.enforced_spend_limit_reached_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.enforced_spend_limit_reached_error_details import (
    EnforcedSpendLimitReachedErrorDetails as EnforcedSpendLimitReachedErrorDetails,
)

__all__ = [
    "EnforcedSpendLimitReachedErrorDetails",
]
