# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_search_tool_result_block`: the official path of these types."""

from __future__ import annotations

from ._models.tool_caller import ToolCaller as Caller
from ._models.web_search_tool_result_block import (
    WebSearchToolResultBlock as WebSearchToolResultBlock,
)

__all__ = [
    "Caller",
    "WebSearchToolResultBlock",
]
