# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_fetch_tool_20260309`: the official path of these types."""

from __future__ import annotations

from ._models.web_fetch_tool20260309 import WebFetchTool20260309 as WebFetchTool20260309

__all__ = [
    "WebFetchTool20260309",
]
