# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsRefreshHttpResponse(APIModel):
    """An HTTP error response captured during a credential test."""

    status_code: int
    """HTTP status code."""
    content_type: str
    """The response's Content-Type."""
    body: str
    """The response body, possibly cut short, with secrets removed."""
    body_truncated: bool
    """Whether `body` was cut short."""
