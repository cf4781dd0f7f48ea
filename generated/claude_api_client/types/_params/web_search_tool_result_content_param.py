# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from .web_search_result_block_param import WebSearchResultBlockParam
from .web_search_tool_result_error_param import WebSearchToolResultErrorParam

WebSearchToolResultContentParam: TypeAlias = (
    Sequence[WebSearchResultBlockParam] | WebSearchToolResultErrorParam
)
"""
What a web search returned, sent back: its results, or an error.
"""
