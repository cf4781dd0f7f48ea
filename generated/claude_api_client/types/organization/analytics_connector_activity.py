# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.analytics_connector_activity`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_connector_activity import (
    AnalyticsConnectorActivity as AnalyticsConnectorActivity,
)

__all__ = [
    "AnalyticsConnectorActivity",
]
