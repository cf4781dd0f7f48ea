# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal

from claude_api_client._core._model_base import APIModel

from .server_tool_use_block_name import ServerToolUseBlockName
from .tool_caller import ToolCaller


class ServerToolUseBlock(APIModel):
    """The model calls a tool that Anthropic runs."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: dict[str, Any]
    """Arguments of the tool call, as a JSON object."""
    name: ServerToolUseBlockName
    """Server tool that was called."""
    type: Literal["server_tool_use"]
    """Always `server_tool_use`."""
