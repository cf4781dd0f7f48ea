# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsRefreshHttpResponse(APIModel):
    """An HTTP error response captured during a credential test."""

    status_code: int
    content_type: str
    body: str
    body_truncated: bool
