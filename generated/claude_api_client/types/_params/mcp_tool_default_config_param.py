# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired


class MCPToolDefaultConfigParam(TypedDict):
    """
    Settings applied to every tool of an MCP toolset unless overridden.
    """

    defer_loading: NotRequired[bool]
    """
    Leave the tools out of the initial prompt until a tool search finds them.
    """
    enabled: NotRequired[bool]
    """
    Whether the model may use the server's tools.
    """
