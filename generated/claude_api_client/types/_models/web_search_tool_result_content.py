# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypeAliasType

from .web_search_result_block import WebSearchResultBlock
from .web_search_tool_result_error import WebSearchToolResultError

WebSearchToolResultContent = TypeAliasType(
    "WebSearchToolResultContent", WebSearchToolResultError | list[WebSearchResultBlock]
)
