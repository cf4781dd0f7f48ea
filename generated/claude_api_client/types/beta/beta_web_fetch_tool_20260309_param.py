# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_web_fetch_tool_20260309_param`: the official path of these types."""

from __future__ import annotations

from .._params.web_fetch_tool20260309_param import (
    WebFetchTool20260309Param as BetaWebFetchTool20260309Param,
)

__all__ = [
    "BetaWebFetchTool20260309Param",
]
