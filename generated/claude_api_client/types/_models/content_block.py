# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
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


if TYPE_CHECKING:
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
else:
    ContentBlock = lazy_union(
        "ContentBlock",
        "type",
        {
            "text": ".text_block:TextBlock",
            "thinking": ".thinking_block:ThinkingBlock",
            "redacted_thinking": ".redacted_thinking_block:RedactedThinkingBlock",
            "tool_use": ".tool_use_block:ToolUseBlock",
            "server_tool_use": ".server_tool_use_block:ServerToolUseBlock",
            "web_search_tool_result": ".web_search_tool_result_block:WebSearchToolResultBlock",
            "web_fetch_tool_result": ".web_fetch_tool_result_block:WebFetchToolResultBlock",
            "code_execution_tool_result": ".code_execution_tool_result_block:CodeExecutionToolResultBlock",
            "bash_code_execution_tool_result": ".bash_code_execution_tool_result_block:BashCodeExecutionToolResultBlock",
            "text_editor_code_execution_tool_result": ".text_editor_code_execution_tool_result_block:TextEditorCodeExecutionToolResultBlock",
            "tool_search_tool_result": ".tool_search_tool_result_block:ToolSearchToolResultBlock",
            "container_upload": ".container_upload_block:ContainerUploadBlock",
            "advisor_tool_result": ".advisor_tool_result_block:AdvisorToolResultBlock",
            "mcp_tool_use": ".mcp_tool_use_block:MCPToolUseBlock",
            "mcp_tool_result": ".mcp_tool_result_block:MCPToolResultBlock",
            "compaction": ".compaction_block:CompactionBlock",
            "fallback": ".fallback_block:FallbackBlock",
            "mcp_tool_listing": ".mcp_tool_listing_block:MCPToolListingBlock",
        },
        ".unknown_content_block:UnknownContentBlock",
        __package__,
    )
