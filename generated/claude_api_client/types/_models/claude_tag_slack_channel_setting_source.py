# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ClaudeTagSlackChannelSettingSource(APIModel):
    """Set on the channel itself."""

    slack_channel_id: str
    """ID of the Slack channel record."""
    type: Literal["slack_channel"]
    """Always `slack_channel`."""
