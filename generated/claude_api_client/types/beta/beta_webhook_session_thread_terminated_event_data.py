# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_webhook_session_thread_terminated_event_data`: the official path of these types."""

from __future__ import annotations

from .._models.webhook_session_thread_terminated_event_data import (
    WebhookSessionThreadTerminatedEventData as BetaWebhookSessionThreadTerminatedEventData,
)

__all__ = [
    "BetaWebhookSessionThreadTerminatedEventData",
]
