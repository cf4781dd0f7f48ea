# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_spend_limit`: the official path of these types."""

from __future__ import annotations

from .._models.spend_limit import SpendLimit as BetaSpendLimit

__all__ = [
    "BetaSpendLimit",
]
