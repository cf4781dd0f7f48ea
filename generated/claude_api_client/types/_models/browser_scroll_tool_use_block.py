# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .browser_scroll_input import BrowserScrollInput
from .tool_caller import ToolCaller


class BrowserScrollToolUseBlock(APIModel):
    """A `tool_use` block calling the browser toolset's `scroll` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: BrowserScrollInput
    """The action's arguments."""
    name: Literal["scroll"]
    """Always `scroll`."""
    toolset_name: Literal["browser"]
    """Always `browser`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
