# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsServerToolUse(APIModel):
    """Server tool requests counted in a usage row."""

    web_search_requests: int
    """Number of web search requests."""
