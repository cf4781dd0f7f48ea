# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.cannot_remove_last_member_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import CannotRemoveLastMemberError as CannotRemoveLastMemberError

__all__ = [
    "CannotRemoveLastMemberError",
]
