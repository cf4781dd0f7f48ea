# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.tool_search_tool_regex_20251119_type`: the official path of these types."""

from __future__ import annotations

from ._models.tool_search_tool_regex20251119_type import (
    ToolSearchToolRegex20251119Type as ToolSearchToolRegex20251119Type,
)

__all__ = [
    "ToolSearchToolRegex20251119Type",
]
