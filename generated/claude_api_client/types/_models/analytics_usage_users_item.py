# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .analytics_claude_tag_category import AnalyticsClaudeTagCategory
from .analytics_context_window import AnalyticsContextWindow
from .analytics_server_tool_use import AnalyticsServerToolUse
from .analytics_usage_users_item_inference_geo import (
    AnalyticsUsageUsersItemInferenceGeo,
)
from .analytics_usage_users_item_speed import AnalyticsUsageUsersItemSpeed
from .analytics_user_actor import AnalyticsUserActor
from .cache_creation import CacheCreation


class AnalyticsUsageUsersItem(APIModel):
    """Usage of one user over the reported range."""

    actor: AnalyticsUserActor
    """Who incurred it."""
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
    ending_at: WireDateTime | None = None
    """End of the reported range (exclusive, RFC 3339)."""
    inference_geo: AnalyticsUsageUsersItemInferenceGeo | None = None
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
    speed: AnalyticsUsageUsersItemSpeed | None = None
    """The output speed; null unless grouped by it."""
    starting_at: WireDateTime | None = None
    """Start of the reported range (inclusive, RFC 3339)."""
    total_tokens: int
    """Number of tokens in all."""
    uncached_input_tokens: int
    """Input tokens neither read from nor written to the cache."""
