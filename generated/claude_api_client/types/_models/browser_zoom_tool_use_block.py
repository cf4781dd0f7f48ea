# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .browser_zoom_input import BrowserZoomInput
from .tool_caller import ToolCaller


class BrowserZoomToolUseBlock(APIModel):
    """A `tool_use` block calling the browser toolset's `zoom` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: BrowserZoomInput
    """The action's arguments."""
    name: Literal["zoom"]
    """Always `zoom`."""
    toolset_name: Literal["browser"]
    """Always `browser`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
