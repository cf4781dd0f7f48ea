# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.webhook_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.webhook_list_params import WebhookListParams as WebhookListParams

__all__ = [
    "WebhookListParams",
]
