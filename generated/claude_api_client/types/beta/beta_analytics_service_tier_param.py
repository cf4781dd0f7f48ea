# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_service_tier_param`: the official path of these types."""

from __future__ import annotations

from .._params.analytics_service_tier_param import (
    AnalyticsServiceTierParam as BetaAnalyticsServiceTierParam,
)

__all__ = [
    "BetaAnalyticsServiceTierParam",
]
