# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_parsed_message`: the official path of these types."""

from __future__ import annotations

from .._models.parsed_message import ParsedContentBlock as ParsedContentBlock
from .._models.parsed_message import ParsedMessage as BetaParsedMessage
from .._models.parsed_message import ParsedTextBlock as ParsedTextBlock

__all__ = [
    "BetaParsedMessage",
    "ParsedContentBlock",
    "ParsedTextBlock",
]
