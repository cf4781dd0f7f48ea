# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .analytics_user_type import AnalyticsUserType


class AnalyticsUser(APIModel):
    """A user, as analytics names them."""

    id: str
    """ID of the user."""
    email_address: str
    """The user's email address."""
    type: AnalyticsUserType
    """The type."""
