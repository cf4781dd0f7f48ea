# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_usage_users_item_page`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_usage_users_item_page import (
    AnalyticsUsageUsersItemPage as AnalyticsUsageUsersItemPage,
)

__all__ = [
    "AnalyticsUsageUsersItemPage",
]
