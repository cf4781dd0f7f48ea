# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_web_fetch_tool_result_error_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.web_fetch_tool_result_error_block_param import (
    WebFetchToolResultErrorBlockParam as BetaWebFetchToolResultErrorBlockParam,
)

__all__ = [
    "BetaWebFetchToolResultErrorBlockParam",
]
