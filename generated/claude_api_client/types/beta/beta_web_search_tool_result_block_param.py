# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_web_search_tool_result_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_caller_param import ToolCallerParam as Caller
from .._params.web_search_tool_result_block_param import (
    WebSearchToolResultBlockParam as BetaWebSearchToolResultBlockParam,
)

__all__ = [
    "BetaWebSearchToolResultBlockParam",
    "Caller",
]
