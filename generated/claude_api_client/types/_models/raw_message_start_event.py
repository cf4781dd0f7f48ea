# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .message import Message


class RawMessageStartEvent(APIModel):
    """First event of a stream: the message with empty content."""

    message: Message
    """The message as it starts, with empty content."""
    type: Literal["message_start"]
    """Always `message_start`."""
