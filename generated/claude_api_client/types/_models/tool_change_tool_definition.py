# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .response_tool_union import ResponseToolUnion


class ToolChangeToolDefinition(APIModel):
    """A tool given by value, as it was sent in `tools` (without `cache_control`)."""

    definition: ResponseToolUnion
    """The tool's definition, in the form of a `tools` entry."""
    type: Literal["tool_definition"]
    """Always `tool_definition`."""
