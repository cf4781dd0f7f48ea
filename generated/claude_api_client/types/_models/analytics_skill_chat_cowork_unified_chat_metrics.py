# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsSkillChatCoworkUnifiedChatMetrics(APIModel):
    """Skill use in chat, counted with Cowork."""

    distinct_conversation_skill_used_count: int | None = None
    """Conversations that used the skill."""
