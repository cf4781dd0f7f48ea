# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.analytics_skill_group_by`: the official path of these types."""

from __future__ import annotations

from .._params.analytics_skill_group_by_param import (
    AnalyticsSkillGroupByParam as AnalyticsSkillGroupBy,
)

__all__ = [
    "AnalyticsSkillGroupBy",
]
