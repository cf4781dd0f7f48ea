# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .web_fetch_url_source_tool_filter import WebFetchURLSourceToolFilter
from .web_fetch_url_source_user_input import WebFetchURLSourceUserInput


class ManagedAgentsWebFetchURLSources(APIModel):
    """Where the URLs a managed agent's web fetch may fetch can come from, always as objects; a key that is null was never set and lets every URL of that source through."""

    client_tool_results: WebFetchURLSourceToolFilter | None = None
    """Which custom tools' results contribute URLs (null lets every custom tool's through)."""
    server_tool_results: WebFetchURLSourceToolFilter | None = None
    """Which of the web search and web fetch results contribute URLs (null lets both through)."""
    user_input: WebFetchURLSourceUserInput | None = None
    """Whether URLs in the text of user messages may be fetched (null lets them through)."""
