# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_api_actor`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_api_actor import AnalyticsAPIActor as AnalyticsAPIActor

__all__ = [
    "AnalyticsAPIActor",
]
