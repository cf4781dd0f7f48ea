# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.citations_web_search_result_location`: the official path of these types."""

from __future__ import annotations

from ._models.citations_web_search_result_location import (
    CitationsWebSearchResultLocation as CitationsWebSearchResultLocation,
)

__all__ = [
    "CitationsWebSearchResultLocation",
]
