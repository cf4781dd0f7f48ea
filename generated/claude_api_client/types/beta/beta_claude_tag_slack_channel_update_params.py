# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_claude_tag_slack_channel_update_params`: the official path of these types."""

from __future__ import annotations

from .._params.claude_tag_slack_channel_update_params import (
    ClaudeTagSlackChannelUpdateParams as BetaClaudeTagSlackChannelUpdateParams,
)

__all__ = [
    "BetaClaudeTagSlackChannelUpdateParams",
]
