# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_user_type`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_user_type import AnalyticsUserType as BetaAnalyticsUserType

__all__ = [
    "BetaAnalyticsUserType",
]
