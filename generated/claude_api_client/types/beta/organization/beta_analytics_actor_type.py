# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_actor_type`: the official path of these types."""

from __future__ import annotations

from ..._models.analytics_actor_type import AnalyticsActorType as BetaAnalyticsActorType

__all__ = [
    "BetaAnalyticsActorType",
]
