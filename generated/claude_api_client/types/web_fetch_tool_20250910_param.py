# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_fetch_tool_20250910_param`: the official path of these types."""

from __future__ import annotations

from ._params.web_fetch_tool20250910_param import (
    WebFetchTool20250910Param as WebFetchTool20250910Param,
)

__all__ = [
    "WebFetchTool20250910Param",
]
