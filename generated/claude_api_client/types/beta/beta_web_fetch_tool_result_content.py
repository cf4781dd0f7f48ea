# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_web_fetch_tool_result_content`: the official path of these types."""

from __future__ import annotations

from .._models.web_fetch_tool_result_content import (
    WebFetchToolResultContent as BetaWebFetchToolResultContent,
)

__all__ = [
    "BetaWebFetchToolResultContent",
]
