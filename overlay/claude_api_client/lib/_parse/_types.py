"""`ParsedMessage[T]`: a message whose text blocks also carry the reply parsed as `T`.

The GA and beta surfaces share one set of models, so `ParsedBetaMessage` is the same class.
`parsed_output` is excluded from `to_dict()` / `to_json()`: those still give back exactly the JSON
that came in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeAlias, Union

from pydantic import Field
from typing_extensions import TypeVar

from ...types import Message, TextBlock

if TYPE_CHECKING:
    from ...types import (
        AdvisorToolResultBlock,
        BashCodeExecutionToolResultBlock,
        CodeExecutionToolResultBlock,
        CompactionBlock,
        ContainerUploadBlock,
        FallbackBlock,
        MCPToolListingBlock,
        MCPToolResultBlock,
        MCPToolUseBlock,
        RedactedThinkingBlock,
        ServerToolUseBlock,
        TextEditorCodeExecutionToolResultBlock,
        ThinkingBlock,
        ToolSearchToolResultBlock,
        ToolUseBlock,
        UnknownContentBlock,
        WebFetchToolResultBlock,
        WebSearchToolResultBlock,
    )

__all__ = [
    "ParsedBetaContentBlock",
    "ParsedBetaMessage",
    "ParsedBetaTextBlock",
    "ParsedContentBlock",
    "ParsedMessage",
    "ParsedTextBlock",
    "ResponseFormatT",
]

ResponseFormatT = TypeVar("ResponseFormatT", default=None)


class ParsedTextBlock(TextBlock, Generic[ResponseFormatT]):
    """A text block and its text validated as the requested output format."""

    parsed_output: ResponseFormatT | None = Field(default=None, exclude=True)


# The members of ContentBlock with the text block replaced (tests/lib check the list stays in
# step with the document's union), so `if block.type == "text"` narrows to the parsed block.
ParsedContentBlock: TypeAlias = Union[
    ParsedTextBlock[ResponseFormatT],
    "ThinkingBlock",
    "RedactedThinkingBlock",
    "ToolUseBlock",
    "ServerToolUseBlock",
    "WebSearchToolResultBlock",
    "WebFetchToolResultBlock",
    "CodeExecutionToolResultBlock",
    "BashCodeExecutionToolResultBlock",
    "TextEditorCodeExecutionToolResultBlock",
    "ToolSearchToolResultBlock",
    "ContainerUploadBlock",
    "AdvisorToolResultBlock",
    "MCPToolUseBlock",
    "MCPToolResultBlock",
    "MCPToolListingBlock",
    "CompactionBlock",
    "FallbackBlock",
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


ParsedBetaMessage = ParsedMessage
ParsedBetaTextBlock = ParsedTextBlock
ParsedBetaContentBlock = ParsedContentBlock
