# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_claude_tag_category import AnalyticsClaudeTagCategory
from .analytics_context_window import AnalyticsContextWindow
from .analytics_server_tool_use import AnalyticsServerToolUse
from .analytics_usage_bucketed_result_inference_geo import (
    AnalyticsUsageBucketedResultInferenceGeo,
)
from .analytics_usage_bucketed_result_speed import AnalyticsUsageBucketedResultSpeed
from .cache_creation import CacheCreation


class AnalyticsUsageBucketedResult(APIModel):
    """One row of the usage report: token counts for one combination of the grouped dimensions."""

    cache_creation: CacheCreation
    """Input tokens written to the prompt cache, by cache lifetime."""
    cache_read_input_tokens: int
    """Input tokens read from the prompt cache."""
    claude_tag_category: AnalyticsClaudeTagCategory | None = None
    """The Claude tag category; null unless grouped by it."""
    claude_tag_user_id: str | None = None
    """ID of the Claude tag user; null unless grouped by it."""
    context_window: AnalyticsContextWindow | None = None
    """The context-window tier; null unless grouped by it."""
    inference_geo: AnalyticsUsageBucketedResultInferenceGeo | None = None
    """Where inference ran; null unless grouped by it."""
    model: str | None = None
    """Model ID."""
    output_tokens: int
    """Output tokens produced."""
    product: str | None = None
    """The product; null unless grouped by it."""
    rbac_group_id: str | None = None
    """ID of the RBAC group; null unless grouped by it."""
    requests: int | None = None
    """Number of requests."""
    server_tool_use: AnalyticsServerToolUse
    """Server tool requests."""
    slack_channel_id: str | None = None
    """ID of the Slack channel; null unless grouped by it."""
    speed: AnalyticsUsageBucketedResultSpeed | None = None
    """The output speed; null unless grouped by it."""
    uncached_input_tokens: int
    """Input tokens neither read from nor written to the cache."""
