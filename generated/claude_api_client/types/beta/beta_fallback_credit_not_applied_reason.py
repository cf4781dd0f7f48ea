# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_fallback_credit_not_applied_reason`: the official path of these types."""

from __future__ import annotations

from .._models.fallback_credit_not_applied_reason import (
    FallbackCreditNotAppliedReason as BetaFallbackCreditNotAppliedReason,
)

__all__ = [
    "BetaFallbackCreditNotAppliedReason",
]
