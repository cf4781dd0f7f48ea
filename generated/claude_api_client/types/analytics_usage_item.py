# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_usage_item`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_usage_item import AnalyticsUsageItem as AnalyticsUsageItem

__all__ = [
    "AnalyticsUsageItem",
]
