# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .tool_search_tool_result_error_param import ToolSearchToolResultErrorParam
from .tool_search_tool_search_result_block_param import (
    ToolSearchToolSearchResultBlockParam,
)

ToolSearchToolResultContentParam: TypeAlias = (
    ToolSearchToolResultErrorParam | ToolSearchToolSearchResultBlockParam
)
"""
Outcome of a tool search, as sent back.
"""
