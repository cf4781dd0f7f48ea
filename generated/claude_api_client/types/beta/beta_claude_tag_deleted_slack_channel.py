# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_claude_tag_deleted_slack_channel`: the official path of these types."""

from __future__ import annotations

from .._models.claude_tag_deleted_slack_channel import (
    ClaudeTagDeletedSlackChannel as BetaClaudeTagDeletedSlackChannel,
)

__all__ = [
    "BetaClaudeTagDeletedSlackChannel",
]
