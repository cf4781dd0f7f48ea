# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel, WireDateTime

from .webhook_event_data import WebhookEventData


class WebhookEvent(APIModel):
    """The body of a webhook delivery: one event about a resource."""

    type: Literal["event"]
    id: str
    created_at: WireDateTime
    data: WebhookEventData
