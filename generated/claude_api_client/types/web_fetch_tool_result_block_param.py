# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_fetch_tool_result_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.tool_caller_param import ToolCallerParam as Caller
from ._params.web_fetch_tool_result_block_param import (
    WebFetchToolResultBlockParam as WebFetchToolResultBlockParam,
)
from ._params.web_fetch_tool_result_content_param import WebFetchToolResultContentParam as Content

__all__ = [
    "Caller",
    "Content",
    "WebFetchToolResultBlockParam",
]
