# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class UserProfileBillingNotAuthorizedErrorDetails(APIModel):
    """The user profile's customer does not let your organisation bill it."""

    error_code: Literal["user_profile_billing_not_authorized"]
    """Always `user_profile_billing_not_authorized`."""
