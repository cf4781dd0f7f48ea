# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_context_window`: the official path of these types."""

from __future__ import annotations

from ..._models.analytics_context_window import AnalyticsContextWindow as BetaAnalyticsContextWindow

__all__ = [
    "BetaAnalyticsContextWindow",
]
