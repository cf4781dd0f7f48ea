# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsSkillCoworkMetrics(APIModel):
    """Skill use in Cowork."""

    distinct_session_skill_used_count: int | None = None
    """Sessions that used the skill."""
