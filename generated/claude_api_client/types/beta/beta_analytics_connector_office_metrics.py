# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_connector_office_metrics`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_connector_office_metrics import (
    AnalyticsConnectorOfficeMetrics as BetaAnalyticsConnectorOfficeMetrics,
)

__all__ = [
    "BetaAnalyticsConnectorOfficeMetrics",
]
