# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.unwrap_webhook_event`: the official path of these types."""

from __future__ import annotations

from .._models.webhook_event import WebhookEvent as UnwrapWebhookEvent

__all__ = [
    "UnwrapWebhookEvent",
]
