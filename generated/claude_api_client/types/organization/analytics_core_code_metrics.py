# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.analytics_core_code_metrics`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_core_code_metrics import (
    AnalyticsCoreCodeMetrics as AnalyticsCoreCodeMetrics,
)

__all__ = [
    "AnalyticsCoreCodeMetrics",
]
