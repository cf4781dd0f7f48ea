# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    WebSearchToolResultErrorCode: TypeAlias = Literal[
        "invalid_tool_input",
        "unavailable",
        "max_uses_exceeded",
        "too_many_requests",
        "query_too_long",
        "request_too_large",
    ]
else:

    class WebSearchToolResultErrorCode(OpenEnum):
        """Why a web search failed."""

        INVALID_TOOL_INPUT = "invalid_tool_input"
        UNAVAILABLE = "unavailable"
        MAX_USES_EXCEEDED = "max_uses_exceeded"
        TOO_MANY_REQUESTS = "too_many_requests"
        QUERY_TOO_LONG = "query_too_long"
        REQUEST_TOO_LARGE = "request_too_large"
