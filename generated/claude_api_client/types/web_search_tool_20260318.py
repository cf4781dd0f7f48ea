# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_search_tool_20260318`: the official path of these types."""

from __future__ import annotations

from ._models.web_search_tool20260318 import WebSearchTool20260318 as WebSearchTool20260318

__all__ = [
    "WebSearchTool20260318",
]
