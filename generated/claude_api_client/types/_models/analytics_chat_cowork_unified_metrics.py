# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_chat_cowork_unified_chat_metrics import (
    AnalyticsChatCoworkUnifiedChatMetrics,
)
from .analytics_chat_cowork_unified_sessions_metrics import (
    AnalyticsChatCoworkUnifiedSessionsMetrics,
)


class AnalyticsChatCoworkUnifiedMetrics(APIModel):
    """Activity in chat and Cowork together."""

    chat: AnalyticsChatCoworkUnifiedChatMetrics
    """Activity in Claude chat."""
    sessions: AnalyticsChatCoworkUnifiedSessionsMetrics
    """Activity in sessions."""
