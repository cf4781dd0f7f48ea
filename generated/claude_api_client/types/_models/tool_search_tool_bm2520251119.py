# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .allowed_caller import AllowedCaller
from .cache_control_ephemeral import CacheControlEphemeral
from .tool_search_tool_bm2520251119_type import ToolSearchToolBm2520251119Type


class ToolSearchToolBm2520251119(APIModel):
    """The tool search server tool, BM25 variant: finds deferred tools by natural-language query."""

    allowed_callers: list[AllowedCaller] | None = None
    """Who may invoke this tool: the model directly and/or code running in the code execution tool."""
    cache_control: CacheControlEphemeral | None = None
    """Sets a prompt-cache breakpoint after this item."""
    defer_loading: bool | None = None
    """Leave the tool out of the initial prompt until a tool search returns a reference to it."""
    name: Literal["tool_search_tool_bm25"]
    """Name the model uses to call the tool."""
    strict: bool | None = None
    """Guarantee that tool names and inputs match the tool definition."""
    type: ToolSearchToolBm2520251119Type
    """Tool version tag; the short form without a date is also accepted."""
