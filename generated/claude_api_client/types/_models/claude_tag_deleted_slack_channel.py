# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ClaudeTagDeletedSlackChannel(APIModel):
    """Confirms that a channel record was deleted."""

    id: str
    """ID of the deleted record."""
    type: Literal["slack_channel_deleted"]
    """Always `slack_channel_deleted`."""
