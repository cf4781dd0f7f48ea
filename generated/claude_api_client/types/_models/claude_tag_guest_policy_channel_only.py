# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ClaudeTagGuestPolicyChannelOnly(APIModel):
    """Guests may use Claude only in channels, not in direct messages."""

    type: Literal["channel_only"]
    """Always `channel_only`."""
