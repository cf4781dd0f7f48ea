# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SlackChannelSetUpEnvironmentNotFoundErrorDetails(APIModel):
    """The environment named for the Slack channel does not exist."""

    error_code: Literal["slack_channel_set_up_environment_not_found"]
    """Always `slack_channel_set_up_environment_not_found`."""
    slack_channel_id: str
    """ID of the Slack channel."""
