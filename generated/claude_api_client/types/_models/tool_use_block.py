# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .tool_caller import ToolCaller


class ToolUseBlock(APIModel):
    """The model asks the caller to run a tool."""

    caller: ToolCaller | None = None
    id: Annotated[str, Field(pattern="^[a-zA-Z0-9_-]+$")]
    input: dict[str, Any]
    name: Annotated[str, Field(min_length=1)]
    toolset_name: Annotated[
        str | None, Field(max_length=64, min_length=1, pattern="^[a-zA-Z0-9_-]+$")
    ] = None
    type: Literal["tool_use"]
