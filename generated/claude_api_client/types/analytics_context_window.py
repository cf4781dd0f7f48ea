# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_context_window`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_context_window import AnalyticsContextWindow as AnalyticsContextWindow

__all__ = [
    "AnalyticsContextWindow",
]
