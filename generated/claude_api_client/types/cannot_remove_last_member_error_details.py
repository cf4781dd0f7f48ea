# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.cannot_remove_last_member_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.cannot_remove_last_member_error_details import (
    CannotRemoveLastMemberErrorDetails as CannotRemoveLastMemberErrorDetails,
)

__all__ = [
    "CannotRemoveLastMemberErrorDetails",
]
