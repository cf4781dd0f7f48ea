# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_spend_limit_increase_request_status_param`: the official path of these types."""

from __future__ import annotations

from .._params.spend_limit_increase_request_status_param import (
    SpendLimitIncreaseRequestStatusParam as BetaSpendLimitIncreaseRequestStatusParam,
)

__all__ = [
    "BetaSpendLimitIncreaseRequestStatusParam",
]
