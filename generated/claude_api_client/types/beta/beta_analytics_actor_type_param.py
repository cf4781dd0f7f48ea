# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_actor_type_param`: the official path of these types."""

from __future__ import annotations

from .._params.analytics_actor_type_param import (
    AnalyticsActorTypeParam as BetaAnalyticsActorTypeParam,
)

__all__ = [
    "BetaAnalyticsActorTypeParam",
]
