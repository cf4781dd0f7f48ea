# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from .managed_agents_custom_tool_input_schema import ManagedAgentsCustomToolInputSchema


class ManagedAgentsCustomToolParams(TypedDict):
    """
    Request shape of custom tool.
    """

    type: Literal["custom"]
    """
    Object type tag.
    """
    name: str
    """
    Human-readable name.
    """
    description: str
    """
    Free-text description.
    """
    input_schema: ManagedAgentsCustomToolInputSchema
    """
    JSON Schema of the tool's input.
    """
