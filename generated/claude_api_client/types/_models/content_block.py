# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .advisor_tool_result_block import AdvisorToolResultBlock
from .bash_code_execution_tool_result_block import BashCodeExecutionToolResultBlock
from .code_execution_tool_result_block import CodeExecutionToolResultBlock
from .compaction_block import CompactionBlock
from .container_upload_block import ContainerUploadBlock
from .fallback_block import FallbackBlock
from .mcp_tool_listing_block import MCPToolListingBlock
from .mcp_tool_result_block import MCPToolResultBlock
from .mcp_tool_use_block import MCPToolUseBlock
from .redacted_thinking_block import RedactedThinkingBlock
from .server_tool_use_block import ServerToolUseBlock
from .text_block import TextBlock
from .text_editor_code_execution_tool_result_block import (
    TextEditorCodeExecutionToolResultBlock,
)
from .thinking_block import ThinkingBlock
from .tool_search_tool_result_block import ToolSearchToolResultBlock
from .tool_use_block import ToolUseBlock
from .unknown_content_block import UnknownContentBlock
from .web_fetch_tool_result_block import WebFetchToolResultBlock
from .web_search_tool_result_block import WebSearchToolResultBlock

ContentBlock = TypeAliasType(
    "ContentBlock",
    Annotated[
        Union[
            Annotated[
                Union[
                    TextBlock,
                    ThinkingBlock,
                    RedactedThinkingBlock,
                    ToolUseBlock,
                    ServerToolUseBlock,
                    WebSearchToolResultBlock,
                    WebFetchToolResultBlock,
                    CodeExecutionToolResultBlock,
                    BashCodeExecutionToolResultBlock,
                    TextEditorCodeExecutionToolResultBlock,
                    ToolSearchToolResultBlock,
                    ContainerUploadBlock,
                    AdvisorToolResultBlock,
                    MCPToolUseBlock,
                    MCPToolResultBlock,
                    CompactionBlock,
                    FallbackBlock,
                    MCPToolListingBlock,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownContentBlock,
                AfterValidator(
                    unknown_tag(
                        "type",
                        [
                            "advisor_tool_result",
                            "bash_code_execution_tool_result",
                            "code_execution_tool_result",
                            "compaction",
                            "container_upload",
                            "fallback",
                            "mcp_tool_listing",
                            "mcp_tool_result",
                            "mcp_tool_use",
                            "redacted_thinking",
                            "server_tool_use",
                            "text",
                            "text_editor_code_execution_tool_result",
                            "thinking",
                            "tool_search_tool_result",
                            "tool_use",
                            "web_fetch_tool_result",
                            "web_search_tool_result",
                        ],
                    )
                ),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
