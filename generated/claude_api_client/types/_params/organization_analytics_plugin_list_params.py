# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from typing_extensions import TypedDict

from .analytics_order_param import AnalyticsOrderParam
from .analytics_plugin_group_by_param import AnalyticsPluginGroupByParam


class OrganizationAnalyticsPluginListParams(TypedDict, total=False):
    """The parameters of `client.organization.analytics.plugins.list(...)`, as one dict (`client.organization.analytics.plugins.list(**params)`)."""

    date: str | date | None
    starting_date: str | date | None
    ending_date: str | date | None
    filter: Sequence[str]
    group_by: Sequence[AnalyticsPluginGroupByParam]
    limit: int
    page: str
    order: AnalyticsOrderParam
    order_by: str
    workspace_id: str
