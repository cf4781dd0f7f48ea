# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import open_discriminator

from .advisor_tool_result_block import AdvisorToolResultBlock
from .bash_code_execution_tool_result_block import BashCodeExecutionToolResultBlock
from .code_execution_tool_result_block import CodeExecutionToolResultBlock
from .compaction_block import CompactionBlock
from .container_upload_block import ContainerUploadBlock
from .fallback_block import FallbackBlock
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
            Annotated[TextBlock, Tag("text")],
            Annotated[ThinkingBlock, Tag("thinking")],
            Annotated[RedactedThinkingBlock, Tag("redacted_thinking")],
            Annotated[ToolUseBlock, Tag("tool_use")],
            Annotated[ServerToolUseBlock, Tag("server_tool_use")],
            Annotated[WebSearchToolResultBlock, Tag("web_search_tool_result")],
            Annotated[WebFetchToolResultBlock, Tag("web_fetch_tool_result")],
            Annotated[CodeExecutionToolResultBlock, Tag("code_execution_tool_result")],
            Annotated[BashCodeExecutionToolResultBlock, Tag("bash_code_execution_tool_result")],
            Annotated[
                TextEditorCodeExecutionToolResultBlock,
                Tag("text_editor_code_execution_tool_result"),
            ],
            Annotated[ToolSearchToolResultBlock, Tag("tool_search_tool_result")],
            Annotated[ContainerUploadBlock, Tag("container_upload")],
            Annotated[AdvisorToolResultBlock, Tag("advisor_tool_result")],
            Annotated[MCPToolUseBlock, Tag("mcp_tool_use")],
            Annotated[MCPToolResultBlock, Tag("mcp_tool_result")],
            Annotated[CompactionBlock, Tag("compaction")],
            Annotated[FallbackBlock, Tag("fallback")],
            Annotated[UnknownContentBlock, Tag("__unknown__")],
        ],
        Discriminator(
            open_discriminator(
                "type",
                [
                    "advisor_tool_result",
                    "bash_code_execution_tool_result",
                    "code_execution_tool_result",
                    "compaction",
                    "container_upload",
                    "fallback",
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
)
