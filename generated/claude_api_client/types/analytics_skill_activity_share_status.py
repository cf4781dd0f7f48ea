# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_skill_activity_share_status`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_skill_activity_share_status import (
    AnalyticsSkillActivityShareStatus as AnalyticsSkillActivityShareStatus,
)

__all__ = [
    "AnalyticsSkillActivityShareStatus",
]
