# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.analytics_connector_claude_code_metrics`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_connector_claude_code_metrics import (
    AnalyticsConnectorClaudeCodeMetrics as AnalyticsConnectorClaudeCodeMetrics,
)

__all__ = [
    "AnalyticsConnectorClaudeCodeMetrics",
]
