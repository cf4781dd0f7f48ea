# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsCostMetrics(APIModel):
    """Analytics Cost Metrics."""

    amount: str
    """Amount, in the currency's smallest unit as a decimal string."""
    currency: str
    """Currency code (ISO 4217)."""
    list_amount: str
    """List amount."""
    requests: int | None = None
    """Requests."""
