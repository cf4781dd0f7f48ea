# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebSearchResultBlock(APIModel):
    """One web page found by a search."""

    encrypted_content: str
    page_age: str | None = None
    title: str
    type: Literal["web_search_result"]
    url: str
