# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .allowed_caller import AllowedCaller
from .cache_control_ephemeral import CacheControlEphemeral
from .citations_config import CitationsConfig
from .web_fetch_tool20260318_response_inclusion import (
    WebFetchTool20260318ResponseInclusion,
)
from .web_fetch_url_sources import WebFetchURLSources


class WebFetchTool20260318(APIModel):
    """The web fetch server tool, version 20260318: fetches pages and PDFs by URL."""

    allowed_callers: list[AllowedCaller] | None = None
    """Who may invoke this tool: the model directly and/or code running in the code execution tool."""
    allowed_domains: list[str] | None = None
    """Only fetch from these domains."""
    blocked_domains: list[str] | None = None
    """Never fetch from these domains."""
    cache_control: CacheControlEphemeral | None = None
    """Sets a prompt-cache breakpoint after this item."""
    citations: CitationsConfig | None = None
    """Citation settings for fetched documents (off by default)."""
    defer_loading: bool | None = None
    """Leave the tool out of the initial prompt until a tool search returns a reference to it."""
    max_content_tokens: int | None = None
    """Approximate cap on the tokens of page content added to the context."""
    max_uses: int | None = None
    """Upper limit on how many times the tool may be used in one request."""
    name: Literal["web_fetch"]
    """Name the model uses to call the tool."""
    response_inclusion: WebFetchTool20260318ResponseInclusion | None = None
    """Whether result blocks consumed by a finished code execution call are still returned."""
    strict: bool | None = None
    """Guarantee that tool names and inputs match the tool definition."""
    type: Literal["web_fetch_20260318"]
    """Always `web_fetch_20260318`."""
    use_cache: bool | None = None
    """Allow serving the page from cache; set false to force a fresh fetch."""
    url_sources: WebFetchURLSources | None = None
    """Which sources contribute the URLs the tool may fetch; omitted means every source."""
