# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .analytics_claude_tag_category import AnalyticsClaudeTagCategory
from .analytics_context_window import AnalyticsContextWindow
from .analytics_cost_type import AnalyticsCostType
from .analytics_cost_users_item_inference_geo import AnalyticsCostUsersItemInferenceGeo
from .analytics_cost_users_item_speed import AnalyticsCostUsersItemSpeed
from .analytics_token_type import AnalyticsTokenType
from .analytics_user_actor import AnalyticsUserActor


class AnalyticsCostUsersItem(APIModel):
    """Analytics Cost Users Item."""

    actor: AnalyticsUserActor
    """Actor."""
    amount: str
    """Amount, in the currency's smallest unit as a decimal string."""
    claude_tag_category: AnalyticsClaudeTagCategory | None = None
    """Claude tag category."""
    claude_tag_user_id: str | None = None
    """ID of the claude tag user."""
    context_window: AnalyticsContextWindow | None = None
    """Context window."""
    cost_type: AnalyticsCostType | None = None
    """Cost type."""
    currency: str
    """Currency code (ISO 4217)."""
    ending_at: WireDateTime | None = None
    """End of the reported range (exclusive, RFC 3339)."""
    inference_geo: AnalyticsCostUsersItemInferenceGeo | None = None
    """Inference geo."""
    list_amount: str
    """List amount."""
    model: str | None = None
    """Model ID."""
    product: str | None = None
    """Product."""
    rbac_group_id: str | None = None
    """ID of the rbac group."""
    requests: int | None = None
    """Requests."""
    slack_channel_id: str | None = None
    """ID of the slack channel."""
    speed: AnalyticsCostUsersItemSpeed | None = None
    """Speed."""
    starting_at: WireDateTime | None = None
    """Start of the reported range (inclusive, RFC 3339)."""
    token_type: AnalyticsTokenType | None = None
    """Token type."""
