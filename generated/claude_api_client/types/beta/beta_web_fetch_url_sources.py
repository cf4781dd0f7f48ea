# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_web_fetch_url_sources`: the official path of these types."""

from __future__ import annotations

from .._models.web_fetch_url_source_tool_filter import (
    WebFetchURLSourceToolFilter as ClientToolResults,
)
from .._models.web_fetch_url_source_tool_filter import (
    WebFetchURLSourceToolFilter as ServerToolResults,
)
from .._models.web_fetch_url_source_user_input import WebFetchURLSourceUserInput as UserInput
from .._models.web_fetch_url_sources import WebFetchURLSources as BetaWebFetchURLSources

__all__ = [
    "BetaWebFetchURLSources",
    "ClientToolResults",
    "ServerToolResults",
    "UserInput",
]
