# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_skill_cowork_metrics`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_skill_cowork_metrics import (
    AnalyticsSkillCoworkMetrics as AnalyticsSkillCoworkMetrics,
)

__all__ = [
    "AnalyticsSkillCoworkMetrics",
]
