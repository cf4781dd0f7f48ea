# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_report_user_actor`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_report_user_actor import (
    AnalyticsReportUserActor as BetaAnalyticsReportUserActor,
)

__all__ = [
    "BetaAnalyticsReportUserActor",
]
