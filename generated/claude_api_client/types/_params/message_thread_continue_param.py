# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class MessageThreadContinueParam(TypedDict):
    """
    Resumes the server-held conversation from an earlier response.
    """

    previous_message_id: str
    """
    The `id` of the previous response of the thread.
    """
    type: Literal["continue"]
    """
    Always `continue`.
    """
