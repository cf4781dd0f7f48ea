# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .document_block_param import DocumentBlockParam


class WebFetchBlockParam(TypedDict):
    """
    A fetched web page, as sent back.
    """

    content: DocumentBlockParam
    """
    The fetched document.
    """
    retrieved_at: NotRequired[str | None]
    """
    When the content was fetched (ISO 8601).
    """
    type: Literal["web_fetch_result"]
    """
    Always `web_fetch_result`.
    """
    url: str
    """
    Address that was fetched.
    """
