# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .browser_list_tabs_input import BrowserListTabsInput
from .tool_caller import ToolCaller


class BrowserListTabsToolUseBlock(APIModel):
    """A `tool_use` block calling the browser toolset's `list_tabs` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: BrowserListTabsInput
    """The action's arguments."""
    name: Literal["list_tabs"]
    """Always `list_tabs`."""
    toolset_name: Literal["browser"]
    """Always `browser`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
