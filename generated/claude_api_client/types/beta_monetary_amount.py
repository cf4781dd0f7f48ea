# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_monetary_amount`: the official path of these types."""

from __future__ import annotations

from ._models.monetary_amount import MonetaryAmount as BetaMonetaryAmount

__all__ = [
    "BetaMonetaryAmount",
]
