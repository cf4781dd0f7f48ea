# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsTextRubricParams(TypedDict):
    """
    Request shape of text rubric.
    """

    type: Literal["text"]
    """
    Always `text`.
    """
    content: str
    """
    Content of the text rubric, as content blocks.
    """
