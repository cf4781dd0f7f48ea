# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_search_result_citations import ManagedAgentsSearchResultCitations
from .managed_agents_search_result_content import ManagedAgentsSearchResultContent


class ManagedAgentsSearchResultBlock(APIModel):
    """Search result block."""

    type: Literal["search_result"]
    """Object type tag."""
    source: str
    """Where the content comes from."""
    title: str
    """Human-readable title."""
    content: list[ManagedAgentsSearchResultContent]
    """Content blocks."""
    citations: ManagedAgentsSearchResultCitations
    """Citation settings."""
