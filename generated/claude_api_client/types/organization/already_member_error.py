# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.already_member_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import AlreadyMemberError as AlreadyMemberError

__all__ = [
    "AlreadyMemberError",
]
