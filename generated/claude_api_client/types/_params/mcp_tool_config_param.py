# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class MCPToolConfigParam(TypedDict):
    """
    Settings for one tool of an MCP toolset.
    """

    defer_loading: NotRequired[bool]
    """
    Leave the tool out of the initial prompt until a tool search finds it.
    """
    enabled: NotRequired[bool]
    """
    Whether the model may use this tool.
    """
