# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DeletedOrganizationWebhookEndpoint(APIModel):
    """Deleted Organization Webhook Endpoint."""

    type: Literal["webhook_endpoint_deleted"]
    """Object type tag."""
    id: str
    """Unique identifier."""
