# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebhookSessionStatusRescheduledEventData(APIModel):
    """Data of a webhook event about a session status (rescheduled)."""

    type: Literal["session.status_rescheduled"]
    id: str
    organization_id: str
    workspace_id: str
