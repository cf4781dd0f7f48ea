# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .allowed_caller_param import AllowedCallerParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .citations_config_param import CitationsConfigParam
from .web_fetch_url_sources_param import WebFetchURLSourcesParam


class WebFetchTool20260309Param(TypedDict):
    """
    The web fetch server tool, version 20260309: fetches pages and PDFs by URL.
    """

    allowed_callers: NotRequired[Sequence[AllowedCallerParam]]
    """
    Who may invoke this tool: the model directly and/or code running in the code execution tool.
    """
    allowed_domains: NotRequired[Sequence[str] | None]
    """
    Only fetch from these domains.
    """
    blocked_domains: NotRequired[Sequence[str] | None]
    """
    Never fetch from these domains.
    """
    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    citations: NotRequired[CitationsConfigParam | None]
    """
    Citation settings for fetched documents (off by default).
    """
    defer_loading: NotRequired[bool]
    """
    Leave the tool out of the initial prompt until a tool search returns a reference to it.
    """
    max_content_tokens: NotRequired[int | None]
    """
    Approximate cap on the tokens of page content added to the context.
    """
    max_uses: NotRequired[int | None]
    """
    Upper limit on how many times the tool may be used in one request.
    """
    name: Literal["web_fetch"]
    """
    Name the model uses to call the tool.
    """
    strict: NotRequired[bool]
    """
    Guarantee that tool names and inputs match the tool definition.
    """
    type: Literal["web_fetch_20260309"]
    """
    Always `web_fetch_20260309`.
    """
    use_cache: NotRequired[bool]
    """
    Allow serving the page from cache; set false to force a fresh fetch.
    """
    url_sources: NotRequired[WebFetchURLSourcesParam | None]
    """
    Which sources contribute the URLs the tool may fetch; omitted means every source.
    """
