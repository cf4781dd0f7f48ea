# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_inference_geo_filter`: the official path of these types."""

from __future__ import annotations

from ..._params.analytics_inference_geo_filter_param import (
    AnalyticsInferenceGeoFilterParam as BetaAnalyticsInferenceGeoFilter,
)

__all__ = [
    "BetaAnalyticsInferenceGeoFilter",
]
