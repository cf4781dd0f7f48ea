# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_invite_already_exists_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.invite_already_exists_error_details import (
    InviteAlreadyExistsErrorDetails as BetaInviteAlreadyExistsErrorDetails,
)

__all__ = [
    "BetaInviteAlreadyExistsErrorDetails",
]
