# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_lines_of_code`: the official path of these types."""

from __future__ import annotations

from ..._models.analytics_lines_of_code import AnalyticsLinesOfCode as BetaAnalyticsLinesOfCode

__all__ = [
    "BetaAnalyticsLinesOfCode",
]
