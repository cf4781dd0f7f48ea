# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_service_tier`: the official path of these types."""

from __future__ import annotations

from ..._models.analytics_service_tier import AnalyticsServiceTier as BetaAnalyticsServiceTier

__all__ = [
    "BetaAnalyticsServiceTier",
]
