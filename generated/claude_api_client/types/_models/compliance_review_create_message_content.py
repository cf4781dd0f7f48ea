# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal

from claude_api_client._core._model_base import APIModel

from .message import Message


class ComplianceReviewCreateMessageContent(APIModel):
    """A Messages call as stored: its request and the response."""

    type: Literal["create_message"]
    """Always `create_message`."""
    request: dict[str, Any]
    """The `POST /v1/messages` body, without thinking blocks or unpublished fields (for a message from an Anthropic app, `system` is a stand-in)."""
    response: Message | None = None
    """The `Message` returned, without thinking blocks or unpublished fields; null when none was stored (say, the client went away)."""
