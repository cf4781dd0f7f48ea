# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .computer_double_click_input import ComputerDoubleClickInput
from .tool_caller import ToolCaller


class ComputerDoubleClickToolUseBlock(APIModel):
    """A `tool_use` block calling the computer toolset's `double_click` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: ComputerDoubleClickInput
    """The action's arguments."""
    name: Literal["double_click"]
    """Always `double_click`."""
    toolset_name: Literal["computer"]
    """Always `computer`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
