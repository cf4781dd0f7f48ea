# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_speed_param`: the official path of these types."""

from __future__ import annotations

from .._params.analytics_speed_param import AnalyticsSpeedParam as BetaAnalyticsSpeedParam

__all__ = [
    "BetaAnalyticsSpeedParam",
]
