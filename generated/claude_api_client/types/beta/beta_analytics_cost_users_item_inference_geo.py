# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_cost_users_item_inference_geo`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_cost_users_item_inference_geo import (
    AnalyticsCostUsersItemInferenceGeo as BetaAnalyticsCostUsersItemInferenceGeo,
)

__all__ = [
    "BetaAnalyticsCostUsersItemInferenceGeo",
]
