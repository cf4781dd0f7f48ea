# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_webhook_deployment_paused_event_data`: the official path of these types."""

from __future__ import annotations

from .._models.webhook_deployment_paused_event_data import (
    WebhookDeploymentPausedEventData as BetaWebhookDeploymentPausedEventData,
)

__all__ = [
    "BetaWebhookDeploymentPausedEventData",
]
