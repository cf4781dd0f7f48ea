# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .computer_middle_click_input import ComputerMiddleClickInput
from .tool_caller import ToolCaller


class ComputerMiddleClickToolUseBlock(APIModel):
    """A `tool_use` block calling the computer toolset's `middle_click` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: ComputerMiddleClickInput
    """The action's arguments."""
    name: Literal["middle_click"]
    """Always `middle_click`."""
    toolset_name: Literal["computer"]
    """Always `computer`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
