# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_claude_tag_reply_mode_mention_only_param`: the official path of these types."""

from __future__ import annotations

from .._params.claude_tag_reply_mode_mention_only_param import (
    ClaudeTagReplyModeMentionOnlyParam as BetaClaudeTagReplyModeMentionOnlyParam,
)

__all__ = [
    "BetaClaudeTagReplyModeMentionOnlyParam",
]
