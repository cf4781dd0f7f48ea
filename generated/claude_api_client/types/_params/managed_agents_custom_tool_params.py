# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from .managed_agents_custom_tool_input_schema_param import (
    ManagedAgentsCustomToolInputSchemaParam,
)


class ManagedAgentsCustomToolParams(TypedDict):
    """
    Request shape of custom tool.
    """

    type: Literal["custom"]
    """
    Always `custom`.
    """
    name: str
    """
    Name of the custom tool.
    """
    description: str
    """
    What the custom tool is for, in your own words.
    """
    input_schema: ManagedAgentsCustomToolInputSchemaParam
    """
    JSON Schema of the tool's input.
    """
