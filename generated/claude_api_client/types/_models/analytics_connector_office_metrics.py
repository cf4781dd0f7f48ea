# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_connector_office_product_metrics import (
    AnalyticsConnectorOfficeProductMetrics,
)


class AnalyticsConnectorOfficeMetrics(APIModel):
    """Connector use in the Office add-ins."""

    excel: AnalyticsConnectorOfficeProductMetrics
    """Activity in Excel."""
    outlook: AnalyticsConnectorOfficeProductMetrics
    """Activity in Outlook."""
    powerpoint: AnalyticsConnectorOfficeProductMetrics
    """Activity in PowerPoint."""
    word: AnalyticsConnectorOfficeProductMetrics
    """Activity in Word."""
