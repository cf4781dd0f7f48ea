# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_search_tool_regex_20251119`: the official path of these types."""

from __future__ import annotations

from ._models.tool_search_tool_regex20251119 import (
    ToolSearchToolRegex20251119 as ToolSearchToolRegex20251119,
)

__all__ = [
    "ToolSearchToolRegex20251119",
]
