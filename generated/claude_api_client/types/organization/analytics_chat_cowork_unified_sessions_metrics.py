# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.analytics_chat_cowork_unified_sessions_metrics`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_chat_cowork_unified_sessions_metrics import (
    AnalyticsChatCoworkUnifiedSessionsMetrics as AnalyticsChatCoworkUnifiedSessionsMetrics,
)

__all__ = [
    "AnalyticsChatCoworkUnifiedSessionsMetrics",
]
