# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.fallback_credit_token`: the official path of these types."""

from __future__ import annotations

from ._params.fallback_credit_token import FallbackCreditToken as FallbackCreditToken

__all__ = [
    "FallbackCreditToken",
]
