# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_claude_tag_category_param`: the official path of these types."""

from __future__ import annotations

from ._params.analytics_claude_tag_category_param import (
    AnalyticsClaudeTagCategoryParam as AnalyticsClaudeTagCategoryParam,
)

__all__ = [
    "AnalyticsClaudeTagCategoryParam",
]
