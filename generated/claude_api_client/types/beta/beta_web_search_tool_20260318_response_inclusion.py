# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_web_search_tool_20260318_response_inclusion`: the official path of these types."""

from __future__ import annotations

from .._models.web_search_tool20260318_response_inclusion import (
    WebSearchTool20260318ResponseInclusion as BetaWebSearchTool20260318ResponseInclusion,
)

__all__ = [
    "BetaWebSearchTool20260318ResponseInclusion",
]
