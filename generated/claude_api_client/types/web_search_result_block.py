# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_search_result_block`: the official path of these types."""

from __future__ import annotations

from ._models.web_search_result_block import WebSearchResultBlock as WebSearchResultBlock

__all__ = [
    "WebSearchResultBlock",
]
