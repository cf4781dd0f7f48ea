# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_search_result_citations import ManagedAgentsSearchResultCitations
from .managed_agents_search_result_content import ManagedAgentsSearchResultContent


class ManagedAgentsSearchResultBlock(APIModel):
    """Search result block."""

    type: Literal["search_result"]
    """Always `search_result`."""
    source: str
    """Where the content comes from."""
    title: str
    """Title of the search result block."""
    content: list[ManagedAgentsSearchResultContent]
    """Content of the search result block, as content blocks."""
    citations: ManagedAgentsSearchResultCitations
    """Citation settings."""
