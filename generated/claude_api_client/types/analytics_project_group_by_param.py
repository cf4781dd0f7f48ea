# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_project_group_by_param`: the official path of these types."""

from __future__ import annotations

from ._params.analytics_project_group_by_param import (
    AnalyticsProjectGroupByParam as AnalyticsProjectGroupByParam,
)

__all__ = [
    "AnalyticsProjectGroupByParam",
]
