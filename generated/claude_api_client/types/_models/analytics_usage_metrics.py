# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_server_tool_use import AnalyticsServerToolUse
from .cache_creation import CacheCreation


class AnalyticsUsageMetrics(APIModel):
    """Analytics Usage Metrics."""

    cache_creation: CacheCreation
    """Cache creation."""
    cache_read_input_tokens: int
    """Input tokens read from the prompt cache."""
    output_tokens: int
    """Output tokens produced."""
    requests: int | None = None
    """Requests."""
    server_tool_use: AnalyticsServerToolUse
    """Server tool use."""
    total_tokens: int
    """Number of total tokens."""
    uncached_input_tokens: int
    """Input tokens neither read from nor written to the cache."""
