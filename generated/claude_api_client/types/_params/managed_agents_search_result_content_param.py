# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsSearchResultContentParam(TypedDict):
    """
    Search result content.
    """

    type: Literal["text"]
    """
    Always `text`.
    """
    text: str
    """
    The text.
    """
