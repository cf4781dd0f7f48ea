# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ServerToolUsage(APIModel):
    """Number of server tool requests made."""

    web_fetch_requests: int | None = None
    """Number of web fetch requests."""
    web_search_requests: int | None = None
    """Number of web search requests."""
