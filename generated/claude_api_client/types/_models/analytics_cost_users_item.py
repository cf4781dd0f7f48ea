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
    """Cost of one user over the reported range."""

    actor: AnalyticsUserActor
    """Who incurred it."""
    amount: str
    """Amount, in the currency's smallest unit as a decimal string."""
    claude_tag_category: AnalyticsClaudeTagCategory | None = None
    """The Claude tag category; null unless grouped by it."""
    claude_tag_user_id: str | None = None
    """ID of the Claude tag user; null unless grouped by it."""
    context_window: AnalyticsContextWindow | None = None
    """The context-window tier; null unless grouped by it."""
    cost_type: AnalyticsCostType | None = None
    """What the cost is for; null unless grouped by it."""
    currency: str
    """Currency code (ISO 4217)."""
    ending_at: WireDateTime | None = None
    """End of the reported range (exclusive, RFC 3339)."""
    inference_geo: AnalyticsCostUsersItemInferenceGeo | None = None
    """Where inference ran; null unless grouped by it."""
    list_amount: str
    """The amount at list prices, before discounts, as a decimal string."""
    model: str | None = None
    """Model ID."""
    product: str | None = None
    """The product; null unless grouped by it."""
    rbac_group_id: str | None = None
    """ID of the RBAC group; null unless grouped by it."""
    requests: int | None = None
    """Number of requests."""
    slack_channel_id: str | None = None
    """ID of the Slack channel; null unless grouped by it."""
    speed: AnalyticsCostUsersItemSpeed | None = None
    """The output speed; null unless grouped by it."""
    starting_at: WireDateTime | None = None
    """Start of the reported range (inclusive, RFC 3339)."""
    token_type: AnalyticsTokenType | None = None
    """The kind of tokens; null unless grouped by it."""
