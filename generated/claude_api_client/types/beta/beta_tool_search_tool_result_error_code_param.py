# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_search_tool_result_error_code_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_search_tool_result_error_code_param import (
    ToolSearchToolResultErrorCodeParam as BetaToolSearchToolResultErrorCodeParam,
)

__all__ = [
    "BetaToolSearchToolResultErrorCodeParam",
]
