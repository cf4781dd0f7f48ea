# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_custom_tool_input_schema import ManagedAgentsCustomToolInputSchema


class ManagedAgentsCustomTool(APIModel):
    """Custom tool."""

    type: Literal["custom"]
    name: str
    description: str
    input_schema: ManagedAgentsCustomToolInputSchema
