# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_web_search_tool_result_error_object`: the official path of these types."""

from __future__ import annotations

from .._models.web_search_tool_result_error import (
    WebSearchToolResultError as BetaWebSearchToolResultErrorObject,
)

__all__ = [
    "BetaWebSearchToolResultErrorObject",
]
