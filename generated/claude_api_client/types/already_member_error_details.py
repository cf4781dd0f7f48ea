# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.already_member_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.already_member_error_details import (
    AlreadyMemberErrorDetails as AlreadyMemberErrorDetails,
)

__all__ = [
    "AlreadyMemberErrorDetails",
]
