# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_project_activity_page`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_project_activity_page import (
    AnalyticsProjectActivityPage as BetaAnalyticsProjectActivityPage,
)

__all__ = [
    "BetaAnalyticsProjectActivityPage",
]
