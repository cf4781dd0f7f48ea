# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from .managed_agents_search_result_citations_param import (
    ManagedAgentsSearchResultCitationsParam,
)
from .managed_agents_search_result_content_param import (
    ManagedAgentsSearchResultContentParam,
)


class ManagedAgentsSearchResultBlockParam(TypedDict):
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
    content: Sequence[ManagedAgentsSearchResultContentParam]
    """
    Content of the search result block, as content blocks.
    """
    citations: ManagedAgentsSearchResultCitationsParam
    """
    Citation settings.
    """
