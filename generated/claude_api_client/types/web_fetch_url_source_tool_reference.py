# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.web_fetch_url_source_tool_reference`: the official path of these types."""

from __future__ import annotations

from ._models.web_fetch_url_source_tool_reference import (
    WebFetchURLSourceToolReference as WebFetchURLSourceToolReference,
)

__all__ = [
    "WebFetchURLSourceToolReference",
]
