# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_citation_content_block_location`: the official path of these types."""

from __future__ import annotations

from .._models.citation_content_block_location import (
    CitationContentBlockLocation as BetaCitationContentBlockLocation,
)

__all__ = [
    "BetaCitationContentBlockLocation",
]
