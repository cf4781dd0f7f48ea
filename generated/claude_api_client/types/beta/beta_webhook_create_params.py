# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_webhook_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.webhook_create_params import WebhookCreateParams as BetaWebhookCreateParams

__all__ = [
    "BetaWebhookCreateParams",
]
