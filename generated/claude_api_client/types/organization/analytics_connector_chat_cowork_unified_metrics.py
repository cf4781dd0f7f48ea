# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.analytics_connector_chat_cowork_unified_metrics`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_connector_chat_cowork_unified_metrics import (
    AnalyticsConnectorChatCoworkUnifiedMetrics as AnalyticsConnectorChatCoworkUnifiedMetrics,
)

__all__ = [
    "AnalyticsConnectorChatCoworkUnifiedMetrics",
]
