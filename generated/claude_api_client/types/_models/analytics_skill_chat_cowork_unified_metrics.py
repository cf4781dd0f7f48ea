# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_skill_chat_cowork_unified_chat_metrics import (
    AnalyticsSkillChatCoworkUnifiedChatMetrics,
)
from .analytics_skill_chat_cowork_unified_sessions_metrics import (
    AnalyticsSkillChatCoworkUnifiedSessionsMetrics,
)


class AnalyticsSkillChatCoworkUnifiedMetrics(APIModel):
    """Skill use in chat and Cowork together."""

    chat: AnalyticsSkillChatCoworkUnifiedChatMetrics
    """Activity in Claude chat."""
    sessions: AnalyticsSkillChatCoworkUnifiedSessionsMetrics
    """Activity in sessions."""
