# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_connector_chat_cowork_unified_chat_metrics`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_connector_chat_cowork_unified_chat_metrics import (
    AnalyticsConnectorChatCoworkUnifiedChatMetrics as AnalyticsConnectorChatCoworkUnifiedChatMetrics,
)

__all__ = [
    "AnalyticsConnectorChatCoworkUnifiedChatMetrics",
]
