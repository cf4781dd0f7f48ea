# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_science_metrics`: the official path of these types."""

from __future__ import annotations

from ..._models.analytics_science_metrics import (
    AnalyticsScienceMetrics as BetaAnalyticsScienceMetrics,
)

__all__ = [
    "BetaAnalyticsScienceMetrics",
]
