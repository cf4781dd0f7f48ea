# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebSearchResultBlock(APIModel):
    """One web page found by a search."""

    encrypted_content: str
    """Encrypted page content; send it back unchanged."""
    page_age: str | None = None
    """How old the page is, as reported by the search provider."""
    title: str
    """Title of the page."""
    type: Literal["web_search_result"]
    """Always `web_search_result`."""
    url: str
    """Address of the page."""
