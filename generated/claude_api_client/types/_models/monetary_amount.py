# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .currency import Currency


class MonetaryAmount(APIModel):
    """An amount of money in a currency."""

    currency: Currency
    """Currency code."""
    amount: str
    """Amount, in the currency's minor units as a decimal string."""
