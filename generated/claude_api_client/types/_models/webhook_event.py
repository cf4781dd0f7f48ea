# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .webhook_event_data import WebhookEventData


class WebhookEvent(APIModel):
    """The body of a webhook delivery: one event about a resource."""

    type: Literal["event"]
    """Always `event`."""
    id: str
    """ID of the event; the same on every retry of a delivery, so use it to drop duplicates."""
    created_at: WireDateTime
    """When the event happened (RFC 3339)."""
    data: WebhookEventData
    """The resource the event is about."""
