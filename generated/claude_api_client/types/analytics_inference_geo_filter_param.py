# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_inference_geo_filter_param`: the official path of these types."""

from __future__ import annotations

from ._params.analytics_inference_geo_filter_param import (
    AnalyticsInferenceGeoFilterParam as AnalyticsInferenceGeoFilterParam,
)

__all__ = [
    "AnalyticsInferenceGeoFilterParam",
]
