# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CitationsSearchResultLocation(APIModel):
    """A citation of a caller-supplied search result."""

    cited_text: str
    """The cited blocks' text, joined."""
    end_block_index: int
    """Index one past the last cited block in the source's `content`."""
    search_result_index: int
    """Position of the cited search result among the search result blocks in the request, from 0."""
    source: str
    """Source of the cited search result."""
    start_block_index: int
    """Index of the first cited block in the source's `content`, from 0."""
    title: str | None = None
    """Title of the cited search result."""
    type: Literal["search_result_location"]
    """Always `search_result_location`."""
