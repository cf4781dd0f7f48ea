# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_fetch_tool_20260209`: the official path of these types."""

from __future__ import annotations

from ._models.web_fetch_tool20260209 import WebFetchTool20260209 as WebFetchTool20260209

__all__ = [
    "WebFetchTool20260209",
]
