# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_skill_office_product_metrics import AnalyticsSkillOfficeProductMetrics


class AnalyticsSkillOfficeMetrics(APIModel):
    """Skill use in the Office add-ins."""

    excel: AnalyticsSkillOfficeProductMetrics
    """Activity in Excel."""
    outlook: AnalyticsSkillOfficeProductMetrics
    """Activity in Outlook."""
    powerpoint: AnalyticsSkillOfficeProductMetrics
    """Activity in PowerPoint."""
    word: AnalyticsSkillOfficeProductMetrics
    """Activity in Word."""
