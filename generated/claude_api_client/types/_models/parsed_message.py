# generated from openapi/ by scripts/generate, do not edit
"""`ParsedMessage[T]`: a message whose text blocks also carry the reply parsed as `T`.

The GA and beta surfaces share one set of models, so `ParsedBetaMessage` is the same class.
`parsed_output` is left out of `to_dict()` / `to_json()`: those still give back exactly the JSON
that came in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, Union

from pydantic import Field
from typing_extensions import TypeAlias, TypeVar

from .message import Message
from .text_block import TextBlock

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
    from .text_editor_code_execution_tool_result_block import TextEditorCodeExecutionToolResultBlock
    from .thinking_block import ThinkingBlock
    from .tool_search_tool_result_block import ToolSearchToolResultBlock
    from .tool_use_block import ToolUseBlock
    from .unknown_content_block import UnknownContentBlock
    from .web_fetch_tool_result_block import WebFetchToolResultBlock
    from .web_search_tool_result_block import WebSearchToolResultBlock

__all__ = ["ParsedContentBlock", "ParsedMessage", "ParsedTextBlock"]

ResponseFormatT = TypeVar("ResponseFormatT", default=None)


class ParsedTextBlock(TextBlock, Generic[ResponseFormatT]):
    """A text block and its text validated as the requested output format."""

    parsed_output: ResponseFormatT | None = Field(default=None, exclude=True)
    """The text validated as the output format (not part of `to_dict()`: it was not received)."""


# The members of ContentBlock with the text block replaced, so that `if block.type == "text"`
# narrows to the parsed block.
ParsedContentBlock: TypeAlias = Union[
    ParsedTextBlock[ResponseFormatT],
    "MCPToolListingBlock",
    "BashCodeExecutionToolResultBlock",
    "CodeExecutionToolResultBlock",
    "ContainerUploadBlock",
    "RedactedThinkingBlock",
    "ServerToolUseBlock",
    "TextEditorCodeExecutionToolResultBlock",
    "ThinkingBlock",
    "ToolSearchToolResultBlock",
    "ToolUseBlock",
    "WebFetchToolResultBlock",
    "WebSearchToolResultBlock",
    "AdvisorToolResultBlock",
    "CompactionBlock",
    "FallbackBlock",
    "MCPToolResultBlock",
    "MCPToolUseBlock",
    "UnknownContentBlock",
]


class ParsedMessage(Message, Generic[ResponseFormatT]):
    """A `Message` returned by `messages.parse()` (or a parsing stream): see `parsed_output`."""

    if TYPE_CHECKING:
        content: list[ParsedContentBlock[ResponseFormatT]]  # type: ignore[assignment]

    @property
    def parsed_output(self) -> ResponseFormatT | None:
        """The first text block's parsed value (None when no output format was requested)."""
        for block in self.content:
            if isinstance(block, ParsedTextBlock) and block.parsed_output is not None:
                return block.parsed_output
        return None
