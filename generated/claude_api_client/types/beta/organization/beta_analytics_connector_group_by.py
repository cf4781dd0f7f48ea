# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_connector_group_by`: the official path of these types."""

from __future__ import annotations

from ..._params.analytics_connector_group_by_param import (
    AnalyticsConnectorGroupByParam as BetaAnalyticsConnectorGroupBy,
)

__all__ = [
    "BetaAnalyticsConnectorGroupBy",
]
