# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class CitationWebSearchResultLocationParam(TypedDict):
    """
    A citation of a web search result, as sent back.
    """

    cited_text: str
    """
    The passage being cited.
    """
    encrypted_index: str
    """
    Opaque pointer to the cited passage; send it back unchanged.
    """
    title: str | None
    """
    Title of the cited page.
    """
    type: Literal["web_search_result_location"]
    """
    Always `web_search_result_location`.
    """
    url: str
    """
    Address of the cited page.
    """
