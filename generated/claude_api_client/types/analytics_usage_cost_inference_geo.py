# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_usage_cost_inference_geo`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_usage_cost_inference_geo import (
    AnalyticsUsageCostInferenceGeo as AnalyticsUsageCostInferenceGeo,
)

__all__ = [
    "AnalyticsUsageCostInferenceGeo",
]
