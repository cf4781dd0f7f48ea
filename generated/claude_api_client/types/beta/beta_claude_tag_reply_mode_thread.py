# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_claude_tag_reply_mode_thread`: the official path of these types."""

from __future__ import annotations

from .._models.claude_tag_reply_mode_thread import (
    ClaudeTagReplyModeThread as BetaClaudeTagReplyModeThread,
)

__all__ = [
    "BetaClaudeTagReplyModeThread",
]
