# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_claude_tag_reply_mode_automatic_param`: the official path of these types."""

from __future__ import annotations

from .._params.claude_tag_reply_mode_automatic_param import (
    ClaudeTagReplyModeAutomaticParam as BetaClaudeTagReplyModeAutomaticParam,
)

__all__ = [
    "BetaClaudeTagReplyModeAutomaticParam",
]
