# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .computer_left_click_drag_input import ComputerLeftClickDragInput
from .tool_caller import ToolCaller


class ComputerLeftClickDragToolUseBlock(APIModel):
    """A `tool_use` block calling the computer toolset's `left_click_drag` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: ComputerLeftClickDragInput
    """The action's arguments."""
    name: Literal["left_click_drag"]
    """Always `left_click_drag`."""
    toolset_name: Literal["computer"]
    """Always `computer`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
