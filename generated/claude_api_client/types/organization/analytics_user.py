# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.analytics_user`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_user import AnalyticsUser as AnalyticsUser

__all__ = [
    "AnalyticsUser",
]
