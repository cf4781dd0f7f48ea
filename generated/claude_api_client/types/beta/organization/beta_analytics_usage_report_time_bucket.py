# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_usage_report_time_bucket`: the official path of these types."""

from __future__ import annotations

from ..._models.analytics_usage_report_time_bucket import (
    AnalyticsUsageReportTimeBucket as BetaAnalyticsUsageReportTimeBucket,
)

__all__ = [
    "BetaAnalyticsUsageReportTimeBucket",
]
