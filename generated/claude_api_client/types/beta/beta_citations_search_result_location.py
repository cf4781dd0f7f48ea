# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_citations_search_result_location`: the official path of these types."""

from __future__ import annotations

from .._models.citations_search_result_location import (
    CitationsSearchResultLocation as BetaCitationsSearchResultLocation,
)

__all__ = [
    "BetaCitationsSearchResultLocation",
]
