# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .browser_state_block_param import BrowserStateBlockParam
from .document_block_param import DocumentBlockParam
from .image_block_param import ImageBlockParam
from .search_result_block_param import SearchResultBlockParam
from .text_block_param import TextBlockParam
from .tool_reference_block_param import ToolReferenceBlockParam

ToolResultContentBlockParam: TypeAlias = (
    TextBlockParam
    | ImageBlockParam
    | SearchResultBlockParam
    | DocumentBlockParam
    | ToolReferenceBlockParam
    | BrowserStateBlockParam
)
"""
A block allowed inside the content of a tool result.
"""
