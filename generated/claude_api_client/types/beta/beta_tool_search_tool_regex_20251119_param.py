# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_search_tool_regex_20251119_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_search_tool_regex20251119_param import (
    ToolSearchToolRegex20251119Param as BetaToolSearchToolRegex20251119Param,
)

__all__ = [
    "BetaToolSearchToolRegex20251119Param",
]
