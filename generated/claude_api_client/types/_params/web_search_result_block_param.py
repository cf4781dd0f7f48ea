# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class WebSearchResultBlockParam(TypedDict):
    """
    One web page found by a search, as sent back.
    """

    encrypted_content: str
    """
    Encrypted page content, as returned earlier.
    """
    page_age: NotRequired[str | None]
    """
    How old the page is, as reported by the search provider.
    """
    title: str
    """
    Title of the page.
    """
    type: Literal["web_search_result"]
    """
    Always `web_search_result`.
    """
    url: str
    """
    Address of the page.
    """
