# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CitationsSearchResultLocation(APIModel):
    """A citation of a caller-supplied search result."""

    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    title: str | None = None
    type: Literal["search_result_location"]
