# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from .message_create_params_base import MessageCreateParamsBase


class MessageCreateParamsStreaming(MessageCreateParamsBase):
    """
    Body of a request that creates a message. `stream` true: the response is a stream of events.
    """

    stream: Literal[True]
    """
    Stream the reply as server-sent events.
    """
