# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_slack_channel_set_up_settings_conflict_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import (
    BetaSlackChannelSetUpSettingsConflictError as BetaSlackChannelSetUpSettingsConflictError,
)

__all__ = [
    "BetaSlackChannelSetUpSettingsConflictError",
]
