# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.claude_tag.slack_channel_create_params`: the official path of these types."""

from __future__ import annotations

from ...._params.claude_tag_slack_channel_create_params import (
    ClaudeTagSlackChannelCreateParams as SlackChannelCreateParams,
)

__all__ = [
    "SlackChannelCreateParams",
]
