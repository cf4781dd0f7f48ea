# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .advisor_tool_result_block_param import AdvisorToolResultBlockParam
from .bash_code_execution_tool_result_block_param import (
    BashCodeExecutionToolResultBlockParam,
)
from .code_execution_tool_result_block_param import CodeExecutionToolResultBlockParam
from .compaction_block_param import CompactionBlockParam
from .container_upload_block_param import ContainerUploadBlockParam
from .document_block_param import DocumentBlockParam
from .fallback_block_param import FallbackBlockParam
from .image_block_param import ImageBlockParam
from .mcp_tool_listing_block_param import MCPToolListingBlockParam
from .mcp_tool_result_block_param import MCPToolResultBlockParam
from .mcp_tool_use_block_param import MCPToolUseBlockParam
from .redacted_thinking_block_param import RedactedThinkingBlockParam
from .search_result_block_param import SearchResultBlockParam
from .server_tool_use_block_param import ServerToolUseBlockParam
from .text_block_param import TextBlockParam
from .text_editor_code_execution_tool_result_block_param import (
    TextEditorCodeExecutionToolResultBlockParam,
)
from .thinking_block_param import ThinkingBlockParam
from .tool_addition_block_param import ToolAdditionBlockParam
from .tool_removal_block_param import ToolRemovalBlockParam
from .tool_result_block_param import ToolResultBlockParam
from .tool_search_tool_result_block_param import ToolSearchToolResultBlockParam
from .tool_use_block_param import ToolUseBlockParam
from .web_fetch_tool_result_block_param import WebFetchToolResultBlockParam
from .web_search_tool_result_block_param import WebSearchToolResultBlockParam

ContentBlockParam: TypeAlias = (
    TextBlockParam
    | ImageBlockParam
    | DocumentBlockParam
    | SearchResultBlockParam
    | ThinkingBlockParam
    | RedactedThinkingBlockParam
    | ToolUseBlockParam
    | ToolResultBlockParam
    | ServerToolUseBlockParam
    | WebSearchToolResultBlockParam
    | WebFetchToolResultBlockParam
    | CodeExecutionToolResultBlockParam
    | BashCodeExecutionToolResultBlockParam
    | TextEditorCodeExecutionToolResultBlockParam
    | ToolSearchToolResultBlockParam
    | ContainerUploadBlockParam
    | AdvisorToolResultBlockParam
    | MCPToolUseBlockParam
    | MCPToolResultBlockParam
    | CompactionBlockParam
    | ToolAdditionBlockParam
    | ToolRemovalBlockParam
    | FallbackBlockParam
    | MCPToolListingBlockParam
)
"""
A content block in a request message, told apart by `type`.
"""
