# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsInjectionLocationResponse(APIModel):
    """Where in an outbound request the secret may replace its placeholder."""

    header: bool
    """Substitute in request header values."""
    body: bool
    """Substitute in the request body."""
