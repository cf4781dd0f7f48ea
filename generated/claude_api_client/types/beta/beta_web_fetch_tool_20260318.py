# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_web_fetch_tool_20260318`: the official path of these types."""

from __future__ import annotations

from .._models.web_fetch_tool20260318 import WebFetchTool20260318 as BetaWebFetchTool20260318

__all__ = [
    "BetaWebFetchTool20260318",
]
