# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .allowed_caller_param import AllowedCallerParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam


class ToolSearchToolBm2520251119Param(TypedDict):
    """
    The tool search server tool, BM25 variant: finds deferred tools by natural-language query.
    """

    allowed_callers: NotRequired[Sequence[AllowedCallerParam]]
    """
    Who may invoke this tool: the model directly and/or code running in the code execution tool.
    """
    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    defer_loading: NotRequired[bool]
    """
    Leave the tool out of the initial prompt until a tool search returns a reference to it.
    """
    name: Literal["tool_search_tool_bm25"]
    """
    Name the model uses to call the tool.
    """
    strict: NotRequired[bool]
    """
    Guarantee that tool names and inputs match the tool definition.
    """
    type: Literal["tool_search_tool_bm25_20251119", "tool_search_tool_bm25"]
    """
    Tool version tag; the short form without a date is also accepted.
    """
