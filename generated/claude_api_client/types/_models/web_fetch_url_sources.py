# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .web_fetch_url_source_tool_filter import WebFetchURLSourceToolFilter
from .web_fetch_url_source_user_input import WebFetchURLSourceUserInput


class WebFetchURLSources(APIModel):
    """Where the URLs web fetch may fetch can come from; a key left out means every source of that kind."""

    client_tool_results: WebFetchURLSourceToolFilter | None = None
    """Which client tools' results contribute URLs."""
    server_tool_results: WebFetchURLSourceToolFilter | None = None
    """Which server tools' results contribute URLs (only web search and web fetch results ever do)."""
    user_input: WebFetchURLSourceUserInput | None = None
    """Whether URLs in user messages are fetchable."""
