# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .tool_caller import ToolCaller


class ToolUseBlock(APIModel):
    """The model asks the caller to run a tool."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: Annotated[str, Field(pattern="^[a-zA-Z0-9_-]+$")]
    """Unique id of this tool call."""
    input: dict[str, Any]
    """Arguments of the tool call, as a JSON object."""
    name: Annotated[str, Field(min_length=1)]
    """Name of the tool to call."""
    toolset_name: Annotated[
        str | None, Field(max_length=64, min_length=1, pattern="^[a-zA-Z0-9_-]+$")
    ] = None
    """Toolset that the called tool belongs to, for tools that are members of a toolset."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
