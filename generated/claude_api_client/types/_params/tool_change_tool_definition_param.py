# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from .tool_union_param import ToolUnionParam


class ToolChangeToolDefinitionParam(TypedDict):
    """
    A tool given by value in a tool addition, in the form of a `tools` entry.
    """

    definition: ToolUnionParam
    """
    The tool's definition, as a `tools` entry takes it (an `mcp_toolset` also needs the `mcp-client-2026-09-15` beta).
    """
    type: Literal["tool_definition"]
    """
    Always `tool_definition`.
    """
