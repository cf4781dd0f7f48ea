# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.analytics_connector_group_by`: the official path of these types."""

from __future__ import annotations

from .._params.analytics_connector_group_by_param import (
    AnalyticsConnectorGroupByParam as AnalyticsConnectorGroupBy,
)

__all__ = [
    "AnalyticsConnectorGroupBy",
]
