# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_search_tool_result_error`: the official path of these types."""

from __future__ import annotations

from ._models.tool_search_tool_result_error import (
    ToolSearchToolResultError as ToolSearchToolResultError,
)

__all__ = [
    "ToolSearchToolResultError",
]
