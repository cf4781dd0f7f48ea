# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_design_metrics`: the official path of these types."""

from __future__ import annotations

from ..._models.analytics_design_metrics import AnalyticsDesignMetrics as BetaAnalyticsDesignMetrics

__all__ = [
    "BetaAnalyticsDesignMetrics",
]
