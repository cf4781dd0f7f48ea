# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_office_metrics`: the official path of these types."""

from __future__ import annotations

from ..._models.analytics_office_metrics import AnalyticsOfficeMetrics as BetaAnalyticsOfficeMetrics

__all__ = [
    "BetaAnalyticsOfficeMetrics",
]
