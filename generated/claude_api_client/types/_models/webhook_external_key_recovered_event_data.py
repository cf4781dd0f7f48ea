# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebhookExternalKeyRecoveredEventData(APIModel):
    """Data of a webhook event about an external key that works again."""

    type: Literal["external_key.recovered"]
    """The event type."""
    id: str
    """ID of the external key (`ekey_…`) that works again."""
    organization_id: str
    """ID of the organization the resource belongs to."""
