# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebhookDeploymentArchivedEventData(APIModel):
    """Data of a webhook event about a deployment (archived)."""

    type: Literal["deployment.archived"]
    id: str
    organization_id: str
    workspace_id: str
