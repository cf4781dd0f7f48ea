# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)


class ClaudeTagSlackChannelBundleTarget(APIModel):
    """A bundle attached to one Slack channel."""

    id: str
    """ID of the attachment."""
    created_at: WireDateTime
    """When it was attached (RFC 3339)."""
    slack_channel_id: str
    """ID of the Slack channel record."""
    type: Literal["slack_channel"]
    """Always `slack_channel`."""
