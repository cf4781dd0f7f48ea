# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_slack_channel_set_up_environment_not_found_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import (
    BetaSlackChannelSetUpEnvironmentNotFoundError as BetaSlackChannelSetUpEnvironmentNotFoundError,
)

__all__ = [
    "BetaSlackChannelSetUpEnvironmentNotFoundError",
]
