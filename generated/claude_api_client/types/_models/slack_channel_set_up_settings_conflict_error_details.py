# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SlackChannelSetUpSettingsConflictErrorDetails(APIModel):
    """The Slack channel's settings conflict with its current ones."""

    error_code: Literal["slack_channel_set_up_settings_conflict"]
    """Always `slack_channel_set_up_settings_conflict`."""
    slack_channel_id: str
    """ID of the Slack channel."""
