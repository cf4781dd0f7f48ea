# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal

from claude_api_client._core._model_base import APIModel

from .tool_caller import ToolCaller


class ToolUseBlock(APIModel):
    """The model asks the caller to run a tool."""

    caller: ToolCaller | None = None
    id: str
    input: dict[str, Any]
    name: str
    toolset_name: str | None = None
    type: Literal["tool_use"]
