# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_search_tool_result_content`: the official path of these types."""

from __future__ import annotations

from ._models.tool_search_tool_result_content import (
    ToolSearchToolResultContent as ToolSearchToolResultContent,
)

__all__ = [
    "ToolSearchToolResultContent",
]
