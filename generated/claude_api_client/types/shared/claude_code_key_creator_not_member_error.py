# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.claude_code_key_creator_not_member_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import (
    ClaudeCodeKeyCreatorNotMemberError as ClaudeCodeKeyCreatorNotMemberError,
)

__all__ = [
    "ClaudeCodeKeyCreatorNotMemberError",
]
