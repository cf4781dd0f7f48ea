# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.claude_tag_reply_mode_mention_only_param`: the official path of these types."""

from __future__ import annotations

from ._params.claude_tag_reply_mode_mention_only_param import (
    ClaudeTagReplyModeMentionOnlyParam as ClaudeTagReplyModeMentionOnlyParam,
)

__all__ = [
    "ClaudeTagReplyModeMentionOnlyParam",
]
