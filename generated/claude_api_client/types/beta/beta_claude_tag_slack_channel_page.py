# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_claude_tag_slack_channel_page`: the official path of these types."""

from __future__ import annotations

from .._models.claude_tag_slack_channel_page import (
    ClaudeTagSlackChannelPage as BetaClaudeTagSlackChannelPage,
)

__all__ = [
    "BetaClaudeTagSlackChannelPage",
]
