# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from typing_extensions import TypedDict

from .analytics_connector_group_by_param import AnalyticsConnectorGroupByParam
from .analytics_order_param import AnalyticsOrderParam


class ConnectorListParams(TypedDict, total=False):
    """The parameters of `client.organization.analytics.connectors.list(...)`, as one dict (`client.organization.analytics.connectors.list(**params)`)."""

    date: str | date | None
    starting_date: str | date | None
    ending_date: str | date | None
    filter: Sequence[str]
    group_by: Sequence[AnalyticsConnectorGroupByParam]
    limit: int
    page: str
    order: AnalyticsOrderParam
    order_by: str
    workspace_id: str
