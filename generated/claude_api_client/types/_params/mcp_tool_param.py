# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from typing_extensions import NotRequired


class MCPToolParam(TypedDict):
    """
    One tool as an MCP server lists it.
    """

    description: NotRequired[str | None]
    """
    The tool's description.
    """
    input_schema: Mapping[str, Any]
    """
    JSON Schema of the tool's input.
    """
    name: str
    """
    The tool's name on its server.
    """
