# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.user_profile_not_billable_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import UserProfileNotBillableError as UserProfileNotBillableError

__all__ = [
    "UserProfileNotBillableError",
]
