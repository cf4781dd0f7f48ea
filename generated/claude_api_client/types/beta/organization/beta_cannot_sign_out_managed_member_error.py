# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_cannot_sign_out_managed_member_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import (
    CannotSignOutManagedMemberError as BetaCannotSignOutManagedMemberError,
)

__all__ = [
    "BetaCannotSignOutManagedMemberError",
]
