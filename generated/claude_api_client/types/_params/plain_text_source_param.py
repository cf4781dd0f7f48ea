# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class PlainTextSourceParam(TypedDict):
    """
    A plain-text document given inline (used in requests and echoed in responses).
    """

    data: str
    """
    The document text.
    """
    media_type: Literal["text/plain"]
    """
    MIME type of the data.
    """
    type: Literal["text"]
    """
    Always `text`.
    """
