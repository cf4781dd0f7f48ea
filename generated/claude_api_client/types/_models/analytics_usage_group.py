# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_actor import AnalyticsActor
from .analytics_actor_type import AnalyticsActorType
from .analytics_claude_tag_category import AnalyticsClaudeTagCategory
from .analytics_context_window import AnalyticsContextWindow
from .analytics_service_tier import AnalyticsServiceTier
from .analytics_speed import AnalyticsSpeed
from .analytics_usage_cost_inference_geo import AnalyticsUsageCostInferenceGeo


class AnalyticsUsageGroup(APIModel):
    """The dimension values a usage row is broken down by (null for dimensions not grouped by)."""

    actor: AnalyticsActor | None = None
    """Who incurred it; null unless grouped by actor."""
    actor_type: AnalyticsActorType | None = None
    """The kind of actor; null unless grouped by it."""
    agent_id: str | None = None
    """ID of the managed agent; null unless grouped by it."""
    api_key_id: str | None = None
    """ID of the API key; null unless grouped by it."""
    claude_tag_category: AnalyticsClaudeTagCategory | None = None
    """The Claude tag category; null unless grouped by it."""
    claude_tag_user_id: str | None = None
    """ID of the Claude tag user; null unless grouped by it."""
    context_window: AnalyticsContextWindow | None = None
    """The context-window tier; null unless grouped by it."""
    deployment_id: str | None = None
    """ID of the deployment; null unless grouped by it."""
    environment_id: str | None = None
    """ID of the environment; null unless grouped by it."""
    inference_geo: AnalyticsUsageCostInferenceGeo | None = None
    """Where inference ran; null unless grouped by it."""
    model: str | None = None
    """Model ID."""
    organization_id: str | None = None
    """ID of the organization; null unless grouped by it."""
    product: str | None = None
    """The product; null unless grouped by it."""
    rbac_group_id: str | None = None
    """ID of the RBAC group; null unless grouped by it."""
    service_tier: AnalyticsServiceTier | None = None
    """The service tier; null unless grouped by it."""
    session_id: str | None = None
    """ID of the session; null unless grouped by it."""
    slack_channel_id: str | None = None
    """ID of the Slack channel; null unless grouped by it."""
    speed: AnalyticsSpeed | None = None
    """The output speed; null unless grouped by it."""
    user_profile_id: str | None = None
    """ID of the user profile it is bound to, or null."""
    workspace_id: str | None = None
    """ID of the workspace; null unless grouped by it."""
