# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.citation_web_search_result_location_param`: the official path of these types."""

from __future__ import annotations

from ._params.citation_web_search_result_location_param import (
    CitationWebSearchResultLocationParam as CitationWebSearchResultLocationParam,
)

__all__ = [
    "CitationWebSearchResultLocationParam",
]
