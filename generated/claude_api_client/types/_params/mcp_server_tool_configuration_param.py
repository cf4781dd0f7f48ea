# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired


class MCPServerToolConfigurationParam(TypedDict):
    """
    Which tools of an MCP server are offered.
    """

    allowed_tools: NotRequired[Sequence[str] | None]
    """
    Names of the tools the model may use; all when absent.
    """
    enabled: NotRequired[bool | None]
    """
    Whether the server's tools are available.
    """
