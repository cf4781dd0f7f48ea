# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_spend_limit_period`: the official path of these types."""

from __future__ import annotations

from ..._models.spend_limit_period import SpendLimitPeriod as BetaSpendLimitPeriod

__all__ = [
    "BetaSpendLimitPeriod",
]
