# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.slack_channel_set_up_settings_refused_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.slack_channel_set_up_settings_refused_error_details import (
    SlackChannelSetUpSettingsRefusedErrorDetails as SlackChannelSetUpSettingsRefusedErrorDetails,
)

__all__ = [
    "SlackChannelSetUpSettingsRefusedErrorDetails",
]
