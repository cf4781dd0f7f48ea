# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_order_param`: the official path of these types."""

from __future__ import annotations

from ._params.analytics_order_param import AnalyticsOrderParam as AnalyticsOrderParam

__all__ = [
    "AnalyticsOrderParam",
]
