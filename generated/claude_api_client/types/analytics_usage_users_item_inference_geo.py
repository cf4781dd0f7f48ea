# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_usage_users_item_inference_geo`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_usage_users_item_inference_geo import (
    AnalyticsUsageUsersItemInferenceGeo as AnalyticsUsageUsersItemInferenceGeo,
)

__all__ = [
    "AnalyticsUsageUsersItemInferenceGeo",
]
