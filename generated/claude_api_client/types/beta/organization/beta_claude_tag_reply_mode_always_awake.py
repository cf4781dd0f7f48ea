# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_claude_tag_reply_mode_always_awake`: the official path of these types."""

from __future__ import annotations

from ..._models.claude_tag_reply_mode_always_awake import (
    ClaudeTagReplyModeAlwaysAwake as BetaClaudeTagReplyModeAlwaysAwake,
)

__all__ = [
    "BetaClaudeTagReplyModeAlwaysAwake",
]
