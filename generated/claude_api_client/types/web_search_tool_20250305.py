# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_search_tool_20250305`: the official path of these types."""

from __future__ import annotations

from ._models.web_search_tool20250305 import WebSearchTool20250305 as WebSearchTool20250305

__all__ = [
    "WebSearchTool20250305",
]
