# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_connector_cowork_metrics`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_connector_cowork_metrics import (
    AnalyticsConnectorCoworkMetrics as AnalyticsConnectorCoworkMetrics,
)

__all__ = [
    "AnalyticsConnectorCoworkMetrics",
]
