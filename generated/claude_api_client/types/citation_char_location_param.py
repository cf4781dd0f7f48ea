# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.citation_char_location_param`: the official path of these types."""

from __future__ import annotations

from ._params.citation_char_location_param import (
    CitationCharLocationParam as CitationCharLocationParam,
)

__all__ = [
    "CitationCharLocationParam",
]
