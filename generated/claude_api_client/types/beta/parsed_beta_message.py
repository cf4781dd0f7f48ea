# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.parsed_beta_message`: the official path of these types."""

from __future__ import annotations

from .._models.parsed_message import ParsedContentBlock as ParsedBetaContentBlock
from .._models.parsed_message import ParsedMessage as ParsedBetaMessage
from .._models.parsed_message import ParsedTextBlock as ParsedBetaTextBlock

__all__ = [
    "ParsedBetaContentBlock",
    "ParsedBetaMessage",
    "ParsedBetaTextBlock",
]
