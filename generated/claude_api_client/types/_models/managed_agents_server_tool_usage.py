# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsServerToolUsage(APIModel):
    """Server tool usage."""

    web_search_requests: int | None = None
    """Web searches made."""
    web_fetch_requests: int | None = None
    """Web fetches made."""
