# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .computer_hold_key_input import ComputerHoldKeyInput
from .tool_caller import ToolCaller


class ComputerHoldKeyToolUseBlock(APIModel):
    """A `tool_use` block calling the computer toolset's `hold_key` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: ComputerHoldKeyInput
    """The action's arguments."""
    name: Literal["hold_key"]
    """Always `hold_key`."""
    toolset_name: Literal["computer"]
    """Always `computer`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
