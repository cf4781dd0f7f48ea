# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_cost_users_item`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_cost_users_item import AnalyticsCostUsersItem as AnalyticsCostUsersItem

__all__ = [
    "AnalyticsCostUsersItem",
]
