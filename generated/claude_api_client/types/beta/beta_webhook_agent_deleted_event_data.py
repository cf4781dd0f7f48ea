# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_webhook_agent_deleted_event_data`: the official path of these types."""

from __future__ import annotations

from .._models.webhook_agent_deleted_event_data import (
    WebhookAgentDeletedEventData as BetaWebhookAgentDeletedEventData,
)

__all__ = [
    "BetaWebhookAgentDeletedEventData",
]
