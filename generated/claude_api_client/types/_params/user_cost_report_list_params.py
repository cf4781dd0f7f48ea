# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Literal

from typing_extensions import Required, TypedDict

from .analytics_claude_tag_category_param import AnalyticsClaudeTagCategoryParam
from .analytics_context_window_param import AnalyticsContextWindowParam
from .analytics_inference_geo_filter_param import AnalyticsInferenceGeoFilterParam
from .analytics_product_filter_param import AnalyticsProductFilterParam
from .anthropic_beta_param import AnthropicBetaParam


class UserCostReportListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.analytics.user_cost_report.list(...)`, as one dict (`client.beta.organization.analytics.user_cost_report.list(**params)`)."""

    starting_at: Required[str | datetime]
    bucket_width: Literal["1d", "1h", "1m"]
    claude_tag_categories: Sequence[AnalyticsClaudeTagCategoryParam]
    claude_tag_user_ids: Sequence[str]
    context_windows: Sequence[AnalyticsContextWindowParam]
    ending_at: str | datetime
    exclude_deleted_users: bool
    group_by: Sequence[
        Literal[
            "claude_tag_category",
            "claude_tag_user_id",
            "context_window",
            "cost_type",
            "inference_geo",
            "model",
            "product",
            "rbac_group_id",
            "slack_channel_id",
            "speed",
            "token_type",
        ]
    ]
    inference_geos: Sequence[AnalyticsInferenceGeoFilterParam]
    limit: int
    models: Sequence[str]
    order: Literal["asc", "desc"]
    order_by: Literal["amount", "list_amount"]
    page: str
    products: Sequence[AnalyticsProductFilterParam]
    rbac_group_ids: Sequence[str]
    slack_channel_ids: Sequence[str]
    speeds: Sequence[Literal["fast", "standard"]]
    user_ids: Sequence[str]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
