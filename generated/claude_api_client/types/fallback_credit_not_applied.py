# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.fallback_credit_not_applied`: the official path of these types."""

from __future__ import annotations

from ._models.fallback_credit_not_applied import (
    FallbackCreditNotApplied as FallbackCreditNotApplied,
)

__all__ = [
    "FallbackCreditNotApplied",
]
