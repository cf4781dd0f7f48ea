# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_usage_report_time_bucket_page`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_usage_report_time_bucket_page import (
    AnalyticsUsageReportTimeBucketPage as BetaAnalyticsUsageReportTimeBucketPage,
)

__all__ = [
    "BetaAnalyticsUsageReportTimeBucketPage",
]
