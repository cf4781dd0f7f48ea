# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_connector_chat_metrics`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_connector_chat_metrics import (
    AnalyticsConnectorChatMetrics as BetaAnalyticsConnectorChatMetrics,
)

__all__ = [
    "BetaAnalyticsConnectorChatMetrics",
]
