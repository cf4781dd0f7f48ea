# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.cannot_sign_out_membership_admin_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.cannot_sign_out_membership_admin_error_details import (
    CannotSignOutMembershipAdminErrorDetails as CannotSignOutMembershipAdminErrorDetails,
)

__all__ = [
    "CannotSignOutMembershipAdminErrorDetails",
]
