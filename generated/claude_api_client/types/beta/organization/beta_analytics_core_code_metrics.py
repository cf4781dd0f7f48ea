# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_core_code_metrics`: the official path of these types."""

from __future__ import annotations

from ..._models.analytics_core_code_metrics import (
    AnalyticsCoreCodeMetrics as BetaAnalyticsCoreCodeMetrics,
)

__all__ = [
    "BetaAnalyticsCoreCodeMetrics",
]
