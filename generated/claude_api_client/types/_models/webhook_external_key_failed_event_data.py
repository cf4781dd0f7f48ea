# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebhookExternalKeyFailedEventData(APIModel):
    """Data of a webhook event about an external key that stopped working."""

    type: Literal["external_key.failed"]
    """The event type."""
    id: str
    """ID of the external key (`ekey_…`) that stopped working."""
    organization_id: str
    """ID of the organization the resource belongs to."""
