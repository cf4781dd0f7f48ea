# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_usage_group`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_usage_group import AnalyticsUsageGroup as AnalyticsUsageGroup

__all__ = [
    "AnalyticsUsageGroup",
]
