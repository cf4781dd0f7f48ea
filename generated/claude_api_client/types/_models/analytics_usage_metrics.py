# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_server_tool_use import AnalyticsServerToolUse
from .cache_creation import CacheCreation


class AnalyticsUsageMetrics(APIModel):
    """Token and request counts of a row."""

    cache_creation: CacheCreation
    """Input tokens written to the prompt cache, by cache lifetime."""
    cache_read_input_tokens: int
    """Input tokens read from the prompt cache."""
    output_tokens: int
    """Output tokens produced."""
    requests: int | None = None
    """Number of requests."""
    server_tool_use: AnalyticsServerToolUse
    """Server tool requests."""
    total_tokens: int
    """Number of tokens in all."""
    uncached_input_tokens: int
    """Input tokens neither read from nor written to the cache."""
