# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_usage_item`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_usage_item import AnalyticsUsageItem as BetaAnalyticsUsageItem

__all__ = [
    "BetaAnalyticsUsageItem",
]
