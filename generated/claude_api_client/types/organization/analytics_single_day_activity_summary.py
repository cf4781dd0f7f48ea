# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.analytics_single_day_activity_summary`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_single_day_activity_summary import (
    AnalyticsSingleDayActivitySummary as AnalyticsSingleDayActivitySummary,
)

__all__ = [
    "AnalyticsSingleDayActivitySummary",
]
