# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.webhook_update_params`: the official path of these types."""

from __future__ import annotations

from ._params.webhook_update_params import WebhookUpdateParams as WebhookUpdateParams

__all__ = [
    "WebhookUpdateParams",
]
