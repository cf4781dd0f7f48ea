# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_plugin_group_by`: the official path of these types."""

from __future__ import annotations

from ._params.analytics_plugin_group_by_param import (
    AnalyticsPluginGroupByParam as AnalyticsPluginGroupBy,
)

__all__ = [
    "AnalyticsPluginGroupBy",
]
