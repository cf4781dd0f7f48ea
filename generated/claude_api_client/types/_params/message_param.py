# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .message_content_param import MessageContentParam
from .system_message_clear_at_param import SystemMessageClearAtParam
from .system_message_output_config_param import SystemMessageOutputConfigParam


class MessageParam(TypedDict):
    """
    One turn of the conversation sent to the model.
    """

    content: MessageContentParam
    """
    Message content: a string or a list of content blocks.
    """
    role: Literal["user", "assistant", "system"]
    """
    Who wrote the message.
    """
    clear_at: NotRequired[SystemMessageClearAtParam | None]
    """
    On a `system` message only, how long its text stays in front of the model.
    """
    output_config: NotRequired[SystemMessageOutputConfigParam | None]
    """
    On a `system` message only, output settings for the turn it opens.
    """
