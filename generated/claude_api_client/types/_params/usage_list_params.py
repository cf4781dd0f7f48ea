# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from typing_extensions import Required, TypedDict

from .analytics_actor_type_param import AnalyticsActorTypeParam
from .analytics_claude_tag_category_param import AnalyticsClaudeTagCategoryParam
from .analytics_context_window_param import AnalyticsContextWindowParam
from .analytics_inference_geo_filter_param import AnalyticsInferenceGeoFilterParam
from .analytics_service_tier_param import AnalyticsServiceTierParam
from .analytics_speed_param import AnalyticsSpeedParam
from .analytics_time_bucket_width_param import AnalyticsTimeBucketWidthParam
from .analytics_usage_cost_product_filter_param import AnalyticsUsageCostProductFilterParam
from .analytics_usage_cost_sort_order_param import AnalyticsUsageCostSortOrderParam
from .analytics_usage_group_by_param import AnalyticsUsageGroupByParam
from .analytics_usage_order_by_param import AnalyticsUsageOrderByParam
from .anthropic_beta_param import AnthropicBetaParam


class UsageListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.analytics.usage.list(...)`, as one dict (`client.beta.organization.analytics.usage.list(**params)`)."""

    starting_at: Required[str | datetime]
    actor_ids: Sequence[str]
    actor_types: Sequence[AnalyticsActorTypeParam]
    agent_ids: Sequence[str]
    api_key_ids: Sequence[str]
    claude_tag_categories: Sequence[AnalyticsClaudeTagCategoryParam]
    claude_tag_user_ids: Sequence[str]
    context_windows: Sequence[AnalyticsContextWindowParam]
    deployment_ids: Sequence[str]
    ending_at: str | datetime
    environment_ids: Sequence[str]
    exclude_deleted_users: bool
    group_by: Sequence[AnalyticsUsageGroupByParam]
    inference_geos: Sequence[AnalyticsInferenceGeoFilterParam]
    limit: int
    models: Sequence[str]
    order: AnalyticsUsageCostSortOrderParam
    order_by: AnalyticsUsageOrderByParam
    organization_ids: Sequence[str]
    page: str
    products: Sequence[AnalyticsUsageCostProductFilterParam]
    rbac_group_ids: Sequence[str]
    service_tiers: Sequence[AnalyticsServiceTierParam]
    session_ids: Sequence[str]
    slack_channel_ids: Sequence[str]
    speeds: Sequence[AnalyticsSpeedParam]
    time_bucket_width: AnalyticsTimeBucketWidthParam
    user_profile_ids: Sequence[str]
    workspace_ids: Sequence[str]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
