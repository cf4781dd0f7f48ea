# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel


class CitationsWebSearchResultLocation(APIModel):
    """A citation of a web search result."""

    cited_text: str
    encrypted_index: str
    title: Annotated[str | None, Field(max_length=512)] = None
    type: Literal["web_search_result_location"]
    url: str
