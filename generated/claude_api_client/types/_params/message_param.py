# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from claude_api_client.types._models.content_block import ContentBlock

from .content_block_param import ContentBlockParam


class MessageParam(TypedDict):
    """
    One turn of the conversation sent to the model.
    """

    content: str | Sequence[ContentBlockParam | ContentBlock]
    """
    Message content: a string or a list of content blocks.
    """
    role: Literal["user", "assistant", "system"]
    """
    Who wrote the message.
    """
