# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_speed`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_speed import AnalyticsSpeed as AnalyticsSpeed

__all__ = [
    "AnalyticsSpeed",
]
