# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_web_fetch_tool_result_block`: the official path of these types."""

from __future__ import annotations

from .._models.tool_caller import ToolCaller as Caller
from .._models.web_fetch_tool_result_block import (
    WebFetchToolResultBlock as BetaWebFetchToolResultBlock,
)
from .._models.web_fetch_tool_result_content import WebFetchToolResultContent as Content

__all__ = [
    "BetaWebFetchToolResultBlock",
    "Caller",
    "Content",
]
