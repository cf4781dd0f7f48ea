# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_search_tool_result_error_code`: the official path of these types."""

from __future__ import annotations

from ._models.web_search_tool_result_error_code import (
    WebSearchToolResultErrorCode as WebSearchToolResultErrorCode,
)

__all__ = [
    "WebSearchToolResultErrorCode",
]
