# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsTextBlockParam(TypedDict):
    """
    Text block.
    """

    type: Literal["text"]
    """
    Always `text`.
    """
    text: str
    """
    The text.
    """
