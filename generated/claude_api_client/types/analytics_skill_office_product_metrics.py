# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_skill_office_product_metrics`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_skill_office_product_metrics import (
    AnalyticsSkillOfficeProductMetrics as AnalyticsSkillOfficeProductMetrics,
)

__all__ = [
    "AnalyticsSkillOfficeProductMetrics",
]
