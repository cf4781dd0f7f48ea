# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.analytics_claude_code_metrics`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_claude_code_metrics import (
    AnalyticsClaudeCodeMetrics as AnalyticsClaudeCodeMetrics,
)

__all__ = [
    "AnalyticsClaudeCodeMetrics",
]
