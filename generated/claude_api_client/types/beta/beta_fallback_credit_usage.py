# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_fallback_credit_usage`: the official path of these types."""

from __future__ import annotations

from .._models.fallback_credit_status import FallbackCreditStatus as Status
from .._models.fallback_credit_usage import FallbackCreditUsage as BetaFallbackCreditUsage

__all__ = [
    "BetaFallbackCreditUsage",
    "Status",
]
