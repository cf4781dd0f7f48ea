# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebhookEnvironmentUpdatedEventData(APIModel):
    """Data of a webhook event about a environment (updated)."""

    type: Literal["environment.updated"]
    id: str
    organization_id: str
    workspace_id: str
