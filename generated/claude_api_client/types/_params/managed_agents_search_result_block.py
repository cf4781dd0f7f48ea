# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from .managed_agents_search_result_citations import ManagedAgentsSearchResultCitations
from .managed_agents_search_result_content import ManagedAgentsSearchResultContent


class ManagedAgentsSearchResultBlock(TypedDict):
    """
    Search result block.
    """

    type: Literal["search_result"]
    """
    Always `search_result`.
    """
    source: str
    """
    Where the content comes from.
    """
    title: str
    """
    Title of the search result block.
    """
    content: Sequence[ManagedAgentsSearchResultContent]
    """
    Content of the search result block, as content blocks.
    """
    citations: ManagedAgentsSearchResultCitations
    """
    Citation settings.
    """
