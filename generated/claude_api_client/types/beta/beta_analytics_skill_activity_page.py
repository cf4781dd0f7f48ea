# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_skill_activity_page`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_skill_activity_page import (
    AnalyticsSkillActivityPage as BetaAnalyticsSkillActivityPage,
)

__all__ = [
    "BetaAnalyticsSkillActivityPage",
]
