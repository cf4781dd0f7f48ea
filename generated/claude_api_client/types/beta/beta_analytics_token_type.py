# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_token_type`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_token_type import AnalyticsTokenType as BetaAnalyticsTokenType

__all__ = [
    "BetaAnalyticsTokenType",
]
