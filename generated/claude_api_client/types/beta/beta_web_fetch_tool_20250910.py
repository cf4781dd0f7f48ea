# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_web_fetch_tool_20250910`: the official path of these types."""

from __future__ import annotations

from .._models.web_fetch_tool20250910 import WebFetchTool20250910 as BetaWebFetchTool20250910

__all__ = [
    "BetaWebFetchTool20250910",
]
