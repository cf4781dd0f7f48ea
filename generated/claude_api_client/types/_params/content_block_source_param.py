# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from .content_block_source_content_param import ContentBlockSourceContentParam


class ContentBlockSourceParam(TypedDict):
    """
    Document content given as text and image blocks.
    """

    content: str | Sequence[ContentBlockSourceContentParam]
    """
    The document's content: a string or text and image blocks.
    """
    type: Literal["content"]
    """
    Always `content`.
    """
