# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_user_group_by`: the official path of these types."""

from __future__ import annotations

from ._params.analytics_user_group_by_param import AnalyticsUserGroupByParam as AnalyticsUserGroupBy

__all__ = [
    "AnalyticsUserGroupBy",
]
