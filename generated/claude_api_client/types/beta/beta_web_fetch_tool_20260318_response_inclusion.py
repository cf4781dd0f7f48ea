# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_web_fetch_tool_20260318_response_inclusion`: the official path of these types."""

from __future__ import annotations

from .._models.web_fetch_tool20260318_response_inclusion import (
    WebFetchTool20260318ResponseInclusion as BetaWebFetchTool20260318ResponseInclusion,
)

__all__ = [
    "BetaWebFetchTool20260318ResponseInclusion",
]
