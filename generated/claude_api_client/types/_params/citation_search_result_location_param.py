# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class CitationSearchResultLocationParam(TypedDict):
    """
    A citation of a caller-supplied search result, as sent back.
    """

    cited_text: str
    """
    The cited blocks' text, joined.
    """
    end_block_index: int
    """
    Index one past the last cited block in the source's `content`.
    """
    search_result_index: int
    """
    Position of the cited search result among the search result blocks in the request, from 0.
    """
    source: str
    """
    Source of the cited search result.
    """
    start_block_index: int
    """
    Index of the first cited block in the source's `content`, from 0.
    """
    title: str | None
    """
    Title of the cited search result.
    """
    type: Literal["search_result_location"]
    """
    Always `search_result_location`.
    """
