# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_user_activity_page`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_user_activity_page import (
    AnalyticsUserActivityPage as BetaAnalyticsUserActivityPage,
)

__all__ = [
    "BetaAnalyticsUserActivityPage",
]
