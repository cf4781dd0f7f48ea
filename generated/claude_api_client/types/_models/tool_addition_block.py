# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .tool_addition_tool import ToolAdditionTool


class ToolAdditionBlock(APIModel):
    """A tool the compacted range made available, as a compaction block reports it."""

    tool: ToolAdditionTool
    """The tool made available."""
    type: Literal["tool_addition"]
    """Always `tool_addition`."""
