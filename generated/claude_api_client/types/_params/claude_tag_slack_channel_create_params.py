# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .claude_tag_settings_create_param import ClaudeTagSettingsCreateParam
from .claude_tag_slack_channel_identifiers_param import (
    ClaudeTagSlackChannelIdentifiersParam,
)


class ClaudeTagSlackChannelCreateParams(TypedDict):
    """
    A Slack channel to configure.
    """

    slack: ClaudeTagSlackChannelIdentifiersParam
    """
    The channel's Slack IDs.
    """
    settings: NotRequired[ClaudeTagSettingsCreateParam]
    """
    Its own settings; the rest are inherited.
    """
