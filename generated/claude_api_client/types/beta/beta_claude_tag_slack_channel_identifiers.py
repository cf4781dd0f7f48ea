# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_claude_tag_slack_channel_identifiers`: the official path of these types."""

from __future__ import annotations

from .._models.claude_tag_slack_channel_identifiers import (
    ClaudeTagSlackChannelIdentifiers as BetaClaudeTagSlackChannelIdentifiers,
)

__all__ = [
    "BetaClaudeTagSlackChannelIdentifiers",
]
