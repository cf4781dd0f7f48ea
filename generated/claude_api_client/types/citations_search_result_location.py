# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.citations_search_result_location`: the official path of these types."""

from __future__ import annotations

from ._models.citations_search_result_location import (
    CitationsSearchResultLocation as CitationsSearchResultLocation,
)

__all__ = [
    "CitationsSearchResultLocation",
]
