# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_plugin_activity`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_plugin_activity import (
    AnalyticsPluginActivity as BetaAnalyticsPluginActivity,
)

__all__ = [
    "BetaAnalyticsPluginActivity",
]
