# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_search_tool_search_result_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_search_tool_search_result_block_param import (
    ToolSearchToolSearchResultBlockParam as BetaToolSearchToolSearchResultBlockParam,
)

__all__ = [
    "BetaToolSearchToolSearchResultBlockParam",
]
