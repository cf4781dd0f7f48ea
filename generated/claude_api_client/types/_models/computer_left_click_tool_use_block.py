# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .computer_left_click_input import ComputerLeftClickInput
from .tool_caller import ToolCaller


class ComputerLeftClickToolUseBlock(APIModel):
    """A `tool_use` block calling the computer toolset's `left_click` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: ComputerLeftClickInput
    """The action's arguments."""
    name: Literal["left_click"]
    """Always `left_click`."""
    toolset_name: Literal["computer"]
    """Always `computer`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
