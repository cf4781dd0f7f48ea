# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_search_tool_regex_20251119`: the official path of these types."""

from __future__ import annotations

from .._models.tool_search_tool_regex20251119 import (
    ToolSearchToolRegex20251119 as BetaToolSearchToolRegex20251119,
)

__all__ = [
    "BetaToolSearchToolRegex20251119",
]
