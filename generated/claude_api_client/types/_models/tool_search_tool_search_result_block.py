# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .tool_reference_block import ToolReferenceBlock


class ToolSearchToolSearchResultBlock(APIModel):
    """Tools found by a tool search."""

    tool_references: list[ToolReferenceBlock]
    """Tools that the search found."""
    type: Literal["tool_search_tool_search_result"]
    """Always `tool_search_tool_search_result`."""
