# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class UserProfileNotBillableErrorDetails(APIModel):
    """The user profile's customer has no billable organisation linked."""

    error_code: Literal["user_profile_not_billable"]
    """Always `user_profile_not_billable`."""
