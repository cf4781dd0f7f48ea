# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profile_billing_not_authorized_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import (
    UserProfileBillingNotAuthorizedError as UserProfileBillingNotAuthorizedError,
)

__all__ = [
    "UserProfileBillingNotAuthorizedError",
]
