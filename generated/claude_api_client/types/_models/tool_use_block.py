# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal

from claude_api_client._core._model_base import APIModel

from .tool_caller import ToolCaller


class ToolUseBlock(APIModel):
    """The model asks the caller to run a tool."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: dict[str, Any]
    """Arguments of the tool call, as a JSON object."""
    name: str
    """Name of the tool to call."""
    toolset_name: str | None = None
    """Toolset that the called tool belongs to, for tools that are members of a toolset."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
