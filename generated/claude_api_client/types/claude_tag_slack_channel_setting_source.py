# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.claude_tag_slack_channel_setting_source`: the official path of these types."""

from __future__ import annotations

from ._models.claude_tag_slack_channel_setting_source import (
    ClaudeTagSlackChannelSettingSource as ClaudeTagSlackChannelSettingSource,
)

__all__ = [
    "ClaudeTagSlackChannelSettingSource",
]
