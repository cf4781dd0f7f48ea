# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .managed_agents_search_result_citations import ManagedAgentsSearchResultCitations
from .managed_agents_search_result_content import ManagedAgentsSearchResultContent


class ManagedAgentsSearchResultBlock(APIModel):
    """Search result block."""

    type: Literal["search_result"]
    source: Annotated[str, Field(min_length=1)]
    title: Annotated[str, Field(min_length=1)]
    content: list[ManagedAgentsSearchResultContent]
    citations: ManagedAgentsSearchResultCitations
