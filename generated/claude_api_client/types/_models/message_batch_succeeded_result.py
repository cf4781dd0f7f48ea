# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .message import Message


class MessageBatchSucceededResult(APIModel):
    """The request succeeded; the result holds the message Claude produced."""

    type: Literal["succeeded"]
    """Always `succeeded`."""
    message: Message
    """The reply, as `POST /v1/messages` would have returned it."""
