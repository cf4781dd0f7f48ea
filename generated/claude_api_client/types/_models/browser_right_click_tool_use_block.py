# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .browser_right_click_input import BrowserRightClickInput
from .tool_caller import ToolCaller


class BrowserRightClickToolUseBlock(APIModel):
    """A `tool_use` block calling the browser toolset's `right_click` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: BrowserRightClickInput
    """The action's arguments."""
    name: Literal["right_click"]
    """Always `right_click`."""
    toolset_name: Literal["browser"]
    """Always `browser`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
