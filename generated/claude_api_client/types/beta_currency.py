# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_currency`: the official path of these types."""

from __future__ import annotations

from ._models.currency import Currency as BetaCurrency

__all__ = [
    "BetaCurrency",
]
