# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_cost_report_time_bucket_page`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_cost_report_time_bucket_page import (
    AnalyticsCostReportTimeBucketPage as AnalyticsCostReportTimeBucketPage,
)

__all__ = [
    "AnalyticsCostReportTimeBucketPage",
]
