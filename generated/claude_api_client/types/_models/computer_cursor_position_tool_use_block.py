# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .computer_cursor_position_input import ComputerCursorPositionInput
from .tool_caller import ToolCaller


class ComputerCursorPositionToolUseBlock(APIModel):
    """A `tool_use` block calling the computer toolset's `cursor_position` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: ComputerCursorPositionInput
    """The action's arguments."""
    name: Literal["cursor_position"]
    """Always `cursor_position`."""
    toolset_name: Literal["computer"]
    """Always `computer`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
