# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ManagedAgentsSearchResultCitations(APIModel):
    """Search result citations."""

    enabled: bool
    """Whether the search result citations is on."""
