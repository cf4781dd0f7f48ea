# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .allowed_caller_param import AllowedCallerParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .user_location_param import UserLocationParam


class WebSearchTool20250305Param(TypedDict):
    """
    The web search server tool, version 20250305.
    """

    allowed_callers: NotRequired[Sequence[AllowedCallerParam]]
    """
    Who may invoke this tool: the model directly and/or code running in the code execution tool.
    """
    allowed_domains: NotRequired[Sequence[str] | None]
    """
    Only use results from these domains; exclusive with `blocked_domains`.
    """
    blocked_domains: NotRequired[Sequence[str] | None]
    """
    Never use results from these domains; exclusive with `allowed_domains`.
    """
    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    defer_loading: NotRequired[bool]
    """
    Leave the tool out of the initial prompt until a tool search returns a reference to it.
    """
    max_uses: NotRequired[int | None]
    """
    Upper limit on how many times the tool may be used in one request.
    """
    name: Literal["web_search"]
    """
    Name the model uses to call the tool.
    """
    strict: NotRequired[bool]
    """
    Guarantee that tool names and inputs match the tool definition.
    """
    type: Literal["web_search_20250305"]
    """
    Always `web_search_20250305`.
    """
    user_location: NotRequired[UserLocationParam | None]
    """
    Approximate location of the user, to make results more relevant.
    """
