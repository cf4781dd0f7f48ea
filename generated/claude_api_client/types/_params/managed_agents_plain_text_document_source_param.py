# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsPlainTextDocumentSourceParam(TypedDict):
    """
    Plain text document source.
    """

    type: Literal["text"]
    """
    Always `text`.
    """
    media_type: Literal["text/plain"]
    """
    MIME type.
    """
    data: str
    """
    The items of this page.
    """
