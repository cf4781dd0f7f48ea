# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.citation_content_block_location_param`: the official path of these types."""

from __future__ import annotations

from ._params.citation_content_block_location_param import (
    CitationContentBlockLocationParam as CitationContentBlockLocationParam,
)

__all__ = [
    "CitationContentBlockLocationParam",
]
