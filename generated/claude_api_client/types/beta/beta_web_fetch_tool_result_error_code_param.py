# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_web_fetch_tool_result_error_code_param`: the official path of these types."""

from __future__ import annotations

from .._params.web_fetch_tool_result_error_code_param import (
    WebFetchToolResultErrorCodeParam as BetaWebFetchToolResultErrorCodeParam,
)

__all__ = [
    "BetaWebFetchToolResultErrorCodeParam",
]
