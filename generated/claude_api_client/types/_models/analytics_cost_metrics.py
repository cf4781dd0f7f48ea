# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsCostMetrics(APIModel):
    """Cost figures of a row."""

    amount: str
    """Amount, in the currency's smallest unit as a decimal string."""
    currency: str
    """Currency code (ISO 4217)."""
    list_amount: str
    """The amount at list prices, before discounts, as a decimal string."""
    requests: int | None = None
    """Number of requests."""
