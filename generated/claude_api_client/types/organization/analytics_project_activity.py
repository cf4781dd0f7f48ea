# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.analytics_project_activity`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_project_activity import (
    AnalyticsProjectActivity as AnalyticsProjectActivity,
)

__all__ = [
    "AnalyticsProjectActivity",
]
