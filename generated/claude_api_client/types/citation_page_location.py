# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.citation_page_location`: the official path of these types."""

from __future__ import annotations

from ._models.citation_page_location import CitationPageLocation as CitationPageLocation

__all__ = [
    "CitationPageLocation",
]
