# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from typing_extensions import TypedDict

from .analytics_order_param import AnalyticsOrderParam
from .analytics_user_group_by_param import AnalyticsUserGroupByParam
from .anthropic_beta_param import AnthropicBetaParam


class BetaOrganizationAnalyticsUserListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.analytics.users.list(...)`, as one dict (`client.beta.organization.analytics.users.list(**params)`)."""

    date: str | date | None
    starting_date: str | date | None
    ending_date: str | date | None
    filter: Sequence[str]
    group_by: Sequence[AnalyticsUserGroupByParam]
    limit: int
    page: str
    order: AnalyticsOrderParam
    order_by: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
