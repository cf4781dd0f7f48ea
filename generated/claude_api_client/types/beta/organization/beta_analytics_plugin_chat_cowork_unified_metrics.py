# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_plugin_chat_cowork_unified_metrics`: the official path of these types."""

from __future__ import annotations

from ..._models.analytics_plugin_chat_cowork_unified_metrics import (
    AnalyticsPluginChatCoworkUnifiedMetrics as BetaAnalyticsPluginChatCoworkUnifiedMetrics,
)

__all__ = [
    "BetaAnalyticsPluginChatCoworkUnifiedMetrics",
]
