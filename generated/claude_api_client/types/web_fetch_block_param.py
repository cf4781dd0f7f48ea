# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_fetch_block_param`: the official path of these types."""

from __future__ import annotations

from ._params.web_fetch_block_param import WebFetchBlockParam as WebFetchBlockParam

__all__ = [
    "WebFetchBlockParam",
]
