# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .tool_caller import ToolCaller
from .toolset_name import ToolsetName


class ToolUseBlock(APIModel):
    """The model asks the caller to run a tool."""

    caller: ToolCaller | None = None
    id: Annotated[str, Field(pattern="^[a-zA-Z0-9_-]+$")]
    input: dict[str, Any]
    name: Annotated[str, Field(min_length=1)]
    toolset_name: ToolsetName | None = None
    type: Literal["tool_use"]
