# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_time_bucket_width_param`: the official path of these types."""

from __future__ import annotations

from ._params.analytics_time_bucket_width_param import (
    AnalyticsTimeBucketWidthParam as AnalyticsTimeBucketWidthParam,
)

__all__ = [
    "AnalyticsTimeBucketWidthParam",
]
