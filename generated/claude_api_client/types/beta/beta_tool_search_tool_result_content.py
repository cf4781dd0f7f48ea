# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_search_tool_result_content`: the official path of these types."""

from __future__ import annotations

from .._models.tool_search_tool_result_content import (
    ToolSearchToolResultContent as BetaToolSearchToolResultContent,
)

__all__ = [
    "BetaToolSearchToolResultContent",
]
