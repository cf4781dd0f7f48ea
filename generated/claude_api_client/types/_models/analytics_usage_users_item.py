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
    """Analytics Usage Users Item."""

    actor: AnalyticsUserActor
    """Actor."""
    cache_creation: CacheCreation
    """Cache creation."""
    cache_read_input_tokens: int
    """Input tokens read from the prompt cache."""
    claude_tag_category: AnalyticsClaudeTagCategory | None = None
    """Claude tag category."""
    claude_tag_user_id: str | None = None
    """ID of the claude tag user."""
    context_window: AnalyticsContextWindow | None = None
    """Context window."""
    ending_at: WireDateTime | None = None
    """End of the reported range (exclusive, RFC 3339)."""
    inference_geo: AnalyticsUsageUsersItemInferenceGeo | None = None
    """Inference geo."""
    model: str | None = None
    """Model ID."""
    output_tokens: int
    """Output tokens produced."""
    product: str | None = None
    """Product."""
    rbac_group_id: str | None = None
    """ID of the rbac group."""
    requests: int | None = None
    """Requests."""
    server_tool_use: AnalyticsServerToolUse
    """Server tool use."""
    slack_channel_id: str | None = None
    """ID of the slack channel."""
    speed: AnalyticsUsageUsersItemSpeed | None = None
    """Speed."""
    starting_at: WireDateTime | None = None
    """Start of the reported range (inclusive, RFC 3339)."""
    total_tokens: int
    """Number of total tokens."""
    uncached_input_tokens: int
    """Input tokens neither read from nor written to the cache."""
