# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CitationsWebSearchResultLocation(APIModel):
    """A citation of a web search result."""

    cited_text: str
    encrypted_index: str
    title: str | None = None
    type: Literal["web_search_result_location"]
    url: str
