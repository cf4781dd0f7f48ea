# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profile_billing_not_authorized_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.user_profile_billing_not_authorized_error_details import (
    UserProfileBillingNotAuthorizedErrorDetails as UserProfileBillingNotAuthorizedErrorDetails,
)

__all__ = [
    "UserProfileBillingNotAuthorizedErrorDetails",
]
