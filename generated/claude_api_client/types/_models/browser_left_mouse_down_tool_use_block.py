# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .browser_left_mouse_down_input import BrowserLeftMouseDownInput
from .tool_caller import ToolCaller


class BrowserLeftMouseDownToolUseBlock(APIModel):
    """A `tool_use` block calling the browser toolset's `left_mouse_down` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: BrowserLeftMouseDownInput
    """The action's arguments."""
    name: Literal["left_mouse_down"]
    """Always `left_mouse_down`."""
    toolset_name: Literal["browser"]
    """Always `browser`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
