# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_webhook_update_params`: the official path of these types."""

from __future__ import annotations

from .._params.webhook_update_params import WebhookUpdateParams as BetaWebhookUpdateParams

__all__ = [
    "BetaWebhookUpdateParams",
]
