# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class DeletedOrganizationWebhookEndpoint(APIModel):
    """What deleting a webhook endpoint answers."""

    type: Literal["webhook_endpoint_deleted"]
    """Always `webhook_endpoint_deleted`."""
    id: str
    """Unique identifier."""
