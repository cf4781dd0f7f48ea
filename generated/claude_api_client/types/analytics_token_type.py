# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_token_type`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_token_type import AnalyticsTokenType as AnalyticsTokenType

__all__ = [
    "AnalyticsTokenType",
]
