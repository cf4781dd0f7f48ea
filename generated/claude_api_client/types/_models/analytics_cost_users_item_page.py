# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .analytics_cost_users_item import AnalyticsCostUsersItem


class AnalyticsCostUsersItemPage(APIModel):
    """One page of per-user cost rows."""

    data: list[AnalyticsCostUsersItem]
    """The items of this page."""
    next_page: str | None = None
    """Send as the page token to get the next page; null on the last page."""
    has_more: bool | None = None
    """Whether more items follow this page."""
    data_refreshed_at: WireDateTime | None = None
    """When the report's underlying data was last refreshed (RFC 3339)."""
