# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_plugin_cowork_metrics`: the official path of these types."""

from __future__ import annotations

from ..._models.analytics_plugin_cowork_metrics import (
    AnalyticsPluginCoworkMetrics as BetaAnalyticsPluginCoworkMetrics,
)

__all__ = [
    "BetaAnalyticsPluginCoworkMetrics",
]
