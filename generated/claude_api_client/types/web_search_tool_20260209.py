# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_search_tool_20260209`: the official path of these types."""

from __future__ import annotations

from ._models.web_search_tool20260209 import WebSearchTool20260209 as WebSearchTool20260209

__all__ = [
    "WebSearchTool20260209",
]
