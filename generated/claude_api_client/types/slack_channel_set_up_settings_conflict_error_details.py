# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.slack_channel_set_up_settings_conflict_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.slack_channel_set_up_settings_conflict_error_details import (
    SlackChannelSetUpSettingsConflictErrorDetails as SlackChannelSetUpSettingsConflictErrorDetails,
)

__all__ = [
    "SlackChannelSetUpSettingsConflictErrorDetails",
]
