# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_skill_chat_cowork_unified_chat_metrics`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_skill_chat_cowork_unified_chat_metrics import (
    AnalyticsSkillChatCoworkUnifiedChatMetrics as AnalyticsSkillChatCoworkUnifiedChatMetrics,
)

__all__ = [
    "AnalyticsSkillChatCoworkUnifiedChatMetrics",
]
