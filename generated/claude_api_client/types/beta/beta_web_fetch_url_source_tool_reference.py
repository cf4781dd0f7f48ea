# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_web_fetch_url_source_tool_reference`: the official path of these types."""

from __future__ import annotations

from .._models.web_fetch_url_source_tool_reference import (
    WebFetchURLSourceToolReference as BetaWebFetchURLSourceToolReference,
)

__all__ = [
    "BetaWebFetchURLSourceToolReference",
]
