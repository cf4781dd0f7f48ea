# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.claude_tag_reply_mode_always_awake_param`: the official path of these types."""

from __future__ import annotations

from ._params.claude_tag_reply_mode_always_awake_param import (
    ClaudeTagReplyModeAlwaysAwakeParam as ClaudeTagReplyModeAlwaysAwakeParam,
)

__all__ = [
    "ClaudeTagReplyModeAlwaysAwakeParam",
]
