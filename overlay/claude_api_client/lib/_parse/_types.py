"""`ParsedMessage[T]`: a message whose text blocks also carry the reply parsed as `T`.

The models are generated (`claude_api_client.types.parsed_message`, from the document's content
block union); this module names them for the helpers. The GA and beta surfaces share one set of
models, so `ParsedBetaMessage` is the same class.
"""

from __future__ import annotations

from ...types._models.parsed_message import (
    ParsedContentBlock,
    ParsedMessage,
    ParsedTextBlock,
    ResponseFormatT,
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

ParsedBetaMessage = ParsedMessage
ParsedBetaTextBlock = ParsedTextBlock
ParsedBetaContentBlock = ParsedContentBlock
