# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebhookExternalStorageFailedEventData(APIModel):
    """Data of a webhook event about an External Storage whose bucket failed Anthropic's check."""

    type: Literal["external_storage.failed"]
    """The event type."""
    id: str
    """ID of the External Storage (`estrg_…`) whose bucket failed the check."""
    organization_id: str
    """ID of the organization the resource belongs to."""
