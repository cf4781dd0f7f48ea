# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .browser_scroll_to_input import BrowserScrollToInput
from .tool_caller import ToolCaller


class BrowserScrollToToolUseBlock(APIModel):
    """A `tool_use` block calling the browser toolset's `scroll_to` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: BrowserScrollToInput
    """The action's arguments."""
    name: Literal["scroll_to"]
    """Always `scroll_to`."""
    toolset_name: Literal["browser"]
    """Always `browser`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
