# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_citation_search_result_location_param`: the official path of these types."""

from __future__ import annotations

from .._params.citation_search_result_location_param import (
    CitationSearchResultLocationParam as BetaCitationSearchResultLocationParam,
)

__all__ = [
    "BetaCitationSearchResultLocationParam",
]
