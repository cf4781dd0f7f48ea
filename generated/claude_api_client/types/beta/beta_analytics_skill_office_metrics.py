# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_skill_office_metrics`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_skill_office_metrics import (
    AnalyticsSkillOfficeMetrics as BetaAnalyticsSkillOfficeMetrics,
)

__all__ = [
    "BetaAnalyticsSkillOfficeMetrics",
]
