# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import OpenEnum


class WebSearchToolResultErrorCode(OpenEnum):
    """Why a web search failed."""

    INVALID_TOOL_INPUT = "invalid_tool_input"
    UNAVAILABLE = "unavailable"
    MAX_USES_EXCEEDED = "max_uses_exceeded"
    TOO_MANY_REQUESTS = "too_many_requests"
    QUERY_TOO_LONG = "query_too_long"
    REQUEST_TOO_LARGE = "request_too_large"
