# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_citation_char_location`: the official path of these types."""

from __future__ import annotations

from .._models.citation_char_location import CitationCharLocation as BetaCitationCharLocation

__all__ = [
    "BetaCitationCharLocation",
]
