# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_claude_tag_category`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_claude_tag_category import (
    AnalyticsClaudeTagCategory as BetaAnalyticsClaudeTagCategory,
)

__all__ = [
    "BetaAnalyticsClaudeTagCategory",
]
