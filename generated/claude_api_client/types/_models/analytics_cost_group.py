# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_actor import AnalyticsActor
from .analytics_actor_type import AnalyticsActorType
from .analytics_claude_tag_category import AnalyticsClaudeTagCategory
from .analytics_context_window import AnalyticsContextWindow
from .analytics_grouped_cost_type import AnalyticsGroupedCostType
from .analytics_service_tier import AnalyticsServiceTier
from .analytics_speed import AnalyticsSpeed
from .analytics_token_type import AnalyticsTokenType
from .analytics_usage_cost_inference_geo import AnalyticsUsageCostInferenceGeo


class AnalyticsCostGroup(APIModel):
    """Analytics Cost Group."""

    actor: AnalyticsActor | None = None
    """Actor."""
    actor_type: AnalyticsActorType | None = None
    """Actor type."""
    agent_id: str | None = None
    """ID of the agent."""
    api_key_id: str | None = None
    """ID of the api key."""
    claude_tag_category: AnalyticsClaudeTagCategory | None = None
    """Claude tag category."""
    claude_tag_user_id: str | None = None
    """ID of the claude tag user."""
    context_window: AnalyticsContextWindow | None = None
    """Context window."""
    cost_type: AnalyticsGroupedCostType | None = None
    """Cost type."""
    deployment_id: str | None = None
    """ID of the deployment."""
    environment_id: str | None = None
    """ID of the environment."""
    inference_geo: AnalyticsUsageCostInferenceGeo | None = None
    """Inference geo."""
    model: str | None = None
    """Model ID."""
    organization_id: str | None = None
    """ID of the organization."""
    product: str | None = None
    """Product."""
    rbac_group_id: str | None = None
    """ID of the rbac group."""
    service_tier: AnalyticsServiceTier | None = None
    """Service tier."""
    session_id: str | None = None
    """ID of the session."""
    slack_channel_id: str | None = None
    """ID of the slack channel."""
    speed: AnalyticsSpeed | None = None
    """Speed."""
    token_type: AnalyticsTokenType | None = None
    """Token type."""
    user_profile_id: str | None = None
    """ID of the user profile it is bound to, or null."""
    workspace_id: str | None = None
    """ID of the workspace."""
