# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_cannot_sign_out_primary_owner_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import CannotSignOutPrimaryOwnerError as BetaCannotSignOutPrimaryOwnerError

__all__ = [
    "BetaCannotSignOutPrimaryOwnerError",
]
