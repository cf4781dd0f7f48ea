# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_inference_geo_filter`: the official path of these types."""

from __future__ import annotations

from .._params.analytics_inference_geo_filter import (
    AnalyticsInferenceGeoFilter as BetaAnalyticsInferenceGeoFilter,
)

__all__ = [
    "BetaAnalyticsInferenceGeoFilter",
]
