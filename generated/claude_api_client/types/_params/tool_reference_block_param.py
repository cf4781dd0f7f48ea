# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .cache_control_ephemeral_param import CacheControlEphemeralParam


class ToolReferenceBlockParam(TypedDict):
    """
    A reference that loads a deferred tool.
    """

    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    tool_name: str
    """
    Name of the referenced tool.
    """
    type: Literal["tool_reference"]
    """
    Always `tool_reference`.
    """
