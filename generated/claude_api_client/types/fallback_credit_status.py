# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.fallback_credit_status`: the official path of these types."""

from __future__ import annotations

from ._models.fallback_credit_status import FallbackCreditStatus as FallbackCreditStatus

__all__ = [
    "FallbackCreditStatus",
]
