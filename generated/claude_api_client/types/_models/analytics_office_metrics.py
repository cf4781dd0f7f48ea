# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_office_product_metrics import AnalyticsOfficeProductMetrics


class AnalyticsOfficeMetrics(APIModel):
    """Activity in the Office add-ins."""

    excel: AnalyticsOfficeProductMetrics
    """Activity in Excel."""
    outlook: AnalyticsOfficeProductMetrics
    """Activity in Outlook."""
    powerpoint: AnalyticsOfficeProductMetrics
    """Activity in PowerPoint."""
    word: AnalyticsOfficeProductMetrics
    """Activity in Word."""
