# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ClaudeTagSlackParentChannelSettingSource(APIModel):
    """Inherited from the channel this one belongs to."""

    slack_channel_id: str
    """ID of the parent channel record."""
    type: Literal["slack_parent_channel"]
    """Always `slack_parent_channel`."""
