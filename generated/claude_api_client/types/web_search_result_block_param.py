# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_search_result_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.web_search_result_block_param import (
    WebSearchResultBlockParam as WebSearchResultBlockParam,
)

__all__ = [
    "WebSearchResultBlockParam",
]
