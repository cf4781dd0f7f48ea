# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_search_tool_20260318_response_inclusion`: the official path of these types."""

from __future__ import annotations

from ._models.web_search_tool20260318_response_inclusion import (
    WebSearchTool20260318ResponseInclusion as WebSearchTool20260318ResponseInclusion,
)

__all__ = [
    "WebSearchTool20260318ResponseInclusion",
]
