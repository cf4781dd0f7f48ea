# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_cannot_sign_out_membership_admin_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import (
    CannotSignOutMembershipAdminError as BetaCannotSignOutMembershipAdminError,
)

__all__ = [
    "BetaCannotSignOutMembershipAdminError",
]
