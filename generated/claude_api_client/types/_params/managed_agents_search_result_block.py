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
    Object type tag.
    """
    source: str
    """
    Where the content comes from.
    """
    title: str
    """
    Human-readable title.
    """
    content: Sequence[ManagedAgentsSearchResultContent]
    """
    Content blocks.
    """
    citations: ManagedAgentsSearchResultCitations
    """
    Citation settings.
    """
