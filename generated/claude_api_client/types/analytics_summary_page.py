# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_summary_page`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_summary_page import AnalyticsSummaryPage as AnalyticsSummaryPage

__all__ = [
    "AnalyticsSummaryPage",
]
