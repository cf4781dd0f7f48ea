# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .analytics_user import AnalyticsUser


class AnalyticsProjectActivity(APIModel):
    """Activity in one chat project over the period."""

    created_at: WireDateTime | None = None
    """When it was created (RFC 3339)."""
    created_by: AnalyticsUser | None = None
    """Who created it."""
    distinct_conversation_count: int | None = None
    """Number of distinct conversations."""
    distinct_user_count: int
    """Number of different users."""
    message_count: int
    """Number of messages."""
    project_id: str
    """ID of the project."""
    project_name: str
    """Name of the project."""
    rbac_group_id: str | None = None
    """ID of the group the row is for, when grouped by group."""
    rbac_group_name: str | None = None
    """Name of the group the row is for, when grouped by group."""
    user_id: str | None = None
    """ID of the user the row is for, when grouped by user."""
