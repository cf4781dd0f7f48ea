# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_fallback_credit_token_param`: the official path of these types."""

from __future__ import annotations

from .._params.fallback_credit_token_param import (
    FallbackCreditTokenParam as BetaFallbackCreditTokenParam,
)

__all__ = [
    "BetaFallbackCreditTokenParam",
]
