# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .claude_tag_slack_channel_identifiers import ClaudeTagSlackChannelIdentifiers


class ClaudeTagSlackGridChannelSettingSource(APIModel):
    """Inherited from the same channel as seen from another workspace of an Enterprise Grid."""

    slack: ClaudeTagSlackChannelIdentifiers
    """The Slack IDs of that channel."""
    type: Literal["slack_grid_channel"]
    """Always `slack_grid_channel`."""
