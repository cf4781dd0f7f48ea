# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SlackChannelSetUpSettingsRefusedErrorDetails(APIModel):
    """The settings for the Slack channel were refused."""

    error_code: Literal["slack_channel_set_up_settings_refused"]
    """Always `slack_channel_set_up_settings_refused`."""
    slack_channel_id: str
    """ID of the Slack channel."""
