# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.spend_limits.beta_spend_limit_increase_request_status`: the official path of these types."""

from __future__ import annotations

from ...._models.spend_limit_increase_request_status import (
    SpendLimitIncreaseRequestStatus as BetaSpendLimitIncreaseRequestStatus,
)

__all__ = [
    "BetaSpendLimitIncreaseRequestStatus",
]
