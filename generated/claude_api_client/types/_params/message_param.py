# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from .content_block_param import ContentBlockParam


class MessageParam(TypedDict):
    """
    One turn of the conversation sent to the model.
    """

    content: str | list[ContentBlockParam]
    """
    Message content: a string or a list of content blocks.
    """
    role: Literal["user", "assistant", "system"]
    """
    Who wrote the message.
    """
