# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_actor`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_actor import AnalyticsActor as BetaAnalyticsActor

__all__ = [
    "BetaAnalyticsActor",
]
