# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from typing_extensions import Required, TypedDict

from .analytics_actor_type import AnalyticsActorType
from .analytics_claude_tag_category import AnalyticsClaudeTagCategory
from .analytics_context_window import AnalyticsContextWindow
from .analytics_cost_group_by import AnalyticsCostGroupBy
from .analytics_cost_order_by import AnalyticsCostOrderBy
from .analytics_inference_geo_filter import AnalyticsInferenceGeoFilter
from .analytics_service_tier import AnalyticsServiceTier
from .analytics_speed import AnalyticsSpeed
from .analytics_time_bucket_width import AnalyticsTimeBucketWidth
from .analytics_usage_cost_product_filter import AnalyticsUsageCostProductFilter
from .analytics_usage_cost_sort_order import AnalyticsUsageCostSortOrder
from .anthropic_beta_param import AnthropicBetaParam


class CostListParams(TypedDict, total=False):
    """The parameters of `client.organization.analytics.cost.list(...)`, as one dict (`client.organization.analytics.cost.list(**params)`)."""

    starting_at: Required[str | datetime]
    actor_ids: Sequence[str]
    actor_types: Sequence[AnalyticsActorType]
    agent_ids: Sequence[str]
    api_key_ids: Sequence[str]
    claude_tag_categories: Sequence[AnalyticsClaudeTagCategory]
    claude_tag_user_ids: Sequence[str]
    context_windows: Sequence[AnalyticsContextWindow]
    deployment_ids: Sequence[str]
    ending_at: str | datetime
    environment_ids: Sequence[str]
    exclude_deleted_users: bool
    group_by: Sequence[AnalyticsCostGroupBy]
    inference_geos: Sequence[AnalyticsInferenceGeoFilter]
    limit: int
    models: Sequence[str]
    order: AnalyticsUsageCostSortOrder
    order_by: AnalyticsCostOrderBy
    organization_ids: Sequence[str]
    page: str
    products: Sequence[AnalyticsUsageCostProductFilter]
    rbac_group_ids: Sequence[str]
    service_tiers: Sequence[AnalyticsServiceTier]
    session_ids: Sequence[str]
    slack_channel_ids: Sequence[str]
    speeds: Sequence[AnalyticsSpeed]
    time_bucket_width: AnalyticsTimeBucketWidth
    user_profile_ids: Sequence[str]
    workspace_ids: Sequence[str]
    betas: Sequence[AnthropicBetaParam]
