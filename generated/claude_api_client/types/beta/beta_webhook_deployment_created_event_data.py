# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_webhook_deployment_created_event_data`: the official path of these types."""

from __future__ import annotations

from .._models.webhook_deployment_created_event_data import (
    WebhookDeploymentCreatedEventData as BetaWebhookDeploymentCreatedEventData,
)

__all__ = [
    "BetaWebhookDeploymentCreatedEventData",
]
