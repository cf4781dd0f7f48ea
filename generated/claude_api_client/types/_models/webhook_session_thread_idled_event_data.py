# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebhookSessionThreadIdledEventData(APIModel):
    """Data of a webhook event about a session thread (idled)."""

    type: Literal["session.thread_idled"]
    id: str
    organization_id: str
    workspace_id: str
    session_thread_id: str
