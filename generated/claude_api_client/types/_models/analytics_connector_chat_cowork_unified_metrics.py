# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_connector_chat_cowork_unified_chat_metrics import (
    AnalyticsConnectorChatCoworkUnifiedChatMetrics,
)
from .analytics_connector_chat_cowork_unified_sessions_metrics import (
    AnalyticsConnectorChatCoworkUnifiedSessionsMetrics,
)


class AnalyticsConnectorChatCoworkUnifiedMetrics(APIModel):
    """Connector use in chat and Cowork together."""

    chat: AnalyticsConnectorChatCoworkUnifiedChatMetrics
    """Activity in Claude chat."""
    sessions: AnalyticsConnectorChatCoworkUnifiedSessionsMetrics
    """Activity in sessions."""
