# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from typing_extensions import TypedDict

from .analytics_order_param import AnalyticsOrderParam
from .analytics_skill_group_by_param import AnalyticsSkillGroupByParam
from .anthropic_beta_param import AnthropicBetaParam


class BetaOrganizationAnalyticsSkillListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.analytics.skills.list(...)`, as one dict (`client.beta.organization.analytics.skills.list(**params)`)."""

    date: str | date | None
    starting_date: str | date | None
    ending_date: str | date | None
    filter: Sequence[str]
    group_by: Sequence[AnalyticsSkillGroupByParam]
    limit: int
    page: str
    order: AnalyticsOrderParam
    order_by: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
