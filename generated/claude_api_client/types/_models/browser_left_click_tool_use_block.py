# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .browser_left_click_input import BrowserLeftClickInput
from .tool_caller import ToolCaller


class BrowserLeftClickToolUseBlock(APIModel):
    """A `tool_use` block calling the browser toolset's `left_click` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: BrowserLeftClickInput
    """The action's arguments."""
    name: Literal["left_click"]
    """Always `left_click`."""
    toolset_name: Literal["browser"]
    """Always `browser`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
