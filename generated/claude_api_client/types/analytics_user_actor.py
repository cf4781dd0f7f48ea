# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_user_actor`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_user_actor import AnalyticsUserActor as AnalyticsUserActor

__all__ = [
    "AnalyticsUserActor",
]
