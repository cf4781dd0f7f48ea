# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_plugin_activity_page`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_plugin_activity_page import (
    AnalyticsPluginActivityPage as AnalyticsPluginActivityPage,
)

__all__ = [
    "AnalyticsPluginActivityPage",
]
