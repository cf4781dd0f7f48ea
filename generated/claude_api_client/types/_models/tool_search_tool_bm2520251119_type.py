# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ToolSearchToolBm2520251119Type: TypeAlias = Literal[
        "tool_search_tool_bm25_20251119", "tool_search_tool_bm25"
    ]
else:

    class ToolSearchToolBm2520251119Type(OpenEnum):
        """Tool version tag; the short form without a date is also accepted."""

        TOOL_SEARCH_TOOL_BM25_20251119 = "tool_search_tool_bm25_20251119"
        TOOL_SEARCH_TOOL_BM25 = "tool_search_tool_bm25"
