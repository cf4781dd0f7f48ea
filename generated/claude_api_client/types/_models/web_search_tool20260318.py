# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .allowed_caller import AllowedCaller
from .cache_control_ephemeral import CacheControlEphemeral
from .user_location import UserLocation
from .web_search_tool20260318_response_inclusion import (
    WebSearchTool20260318ResponseInclusion,
)


class WebSearchTool20260318(APIModel):
    """The web search server tool, version 20260318."""

    allowed_callers: list[AllowedCaller] | None = None
    """Who may invoke this tool: the model directly and/or code running in the code execution tool."""
    allowed_domains: list[str] | None = None
    """Only use results from these domains; exclusive with `blocked_domains`."""
    blocked_domains: list[str] | None = None
    """Never use results from these domains; exclusive with `allowed_domains`."""
    cache_control: CacheControlEphemeral | None = None
    """Sets a prompt-cache breakpoint after this item."""
    defer_loading: bool | None = None
    """Leave the tool out of the initial prompt until a tool search returns a reference to it."""
    max_uses: int | None = None
    """Upper limit on how many times the tool may be used in one request."""
    name: Literal["web_search"]
    """Name the model uses to call the tool."""
    response_inclusion: WebSearchTool20260318ResponseInclusion | None = None
    """Whether result blocks consumed by a finished code execution call are still returned."""
    strict: bool | None = None
    """Guarantee that tool names and inputs match the tool definition."""
    type: Literal["web_search_20260318"]
    """Always `web_search_20260318`."""
    user_location: UserLocation | None = None
    """Approximate location of the user, to make results more relevant."""
