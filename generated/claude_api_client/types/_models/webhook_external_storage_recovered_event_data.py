# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebhookExternalStorageRecoveredEventData(APIModel):
    """Data of a webhook event about an External Storage whose bucket passes Anthropic's check again."""

    type: Literal["external_storage.recovered"]
    """The event type."""
    id: str
    """ID of the External Storage (`estrg_…`) whose bucket passes the check again."""
    organization_id: str
    """ID of the organization the resource belongs to."""
