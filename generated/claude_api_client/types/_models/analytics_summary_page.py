# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_single_day_activity_summary import AnalyticsSingleDayActivitySummary


class AnalyticsSummaryPage(APIModel):
    """One page of daily summaries."""

    data: list[AnalyticsSingleDayActivitySummary]
    """The items on this page."""
    next_page: str | None = None
    """Pass as `page` to get the next page; null on the last page."""
