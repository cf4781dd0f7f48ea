# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from .tool_reference_block_param import ToolReferenceBlockParam


class ToolSearchToolSearchResultBlockParam(TypedDict):
    """
    Tools found by a tool search, as sent back.
    """

    tool_references: Sequence[ToolReferenceBlockParam]
    """
    Tools that the search found.
    """
    type: Literal["tool_search_tool_search_result"]
    """
    Always `tool_search_tool_search_result`.
    """
