# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_context_window_param`: the official path of these types."""

from __future__ import annotations

from ._params.analytics_context_window_param import (
    AnalyticsContextWindowParam as AnalyticsContextWindowParam,
)

__all__ = [
    "AnalyticsContextWindowParam",
]
