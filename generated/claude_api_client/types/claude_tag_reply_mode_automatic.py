# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.claude_tag_reply_mode_automatic`: the official path of these types."""

from __future__ import annotations

from ._models.claude_tag_reply_mode_automatic import (
    ClaudeTagReplyModeAutomatic as ClaudeTagReplyModeAutomatic,
)

__all__ = [
    "ClaudeTagReplyModeAutomatic",
]
