# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_custom_tool_input_schema import ManagedAgentsCustomToolInputSchema


class ManagedAgentsCustomTool(APIModel):
    """Custom tool."""

    type: Literal["custom"]
    """Always `custom`."""
    name: str
    """Name of the custom tool."""
    description: str
    """What the custom tool is for, in your own words."""
    input_schema: ManagedAgentsCustomToolInputSchema
    """JSON Schema of the tool's input."""
