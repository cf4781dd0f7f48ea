# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_claude_tag_slack_parent_channel_setting_source`: the official path of these types."""

from __future__ import annotations

from ..._models.claude_tag_slack_parent_channel_setting_source import (
    ClaudeTagSlackParentChannelSettingSource as BetaClaudeTagSlackParentChannelSettingSource,
)

__all__ = [
    "BetaClaudeTagSlackParentChannelSettingSource",
]
