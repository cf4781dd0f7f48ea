# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .browser_read_console_input import BrowserReadConsoleInput
from .tool_caller import ToolCaller


class BrowserReadConsoleToolUseBlock(APIModel):
    """A `tool_use` block calling the browser toolset's `read_console` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: BrowserReadConsoleInput
    """The action's arguments."""
    name: Literal["read_console"]
    """Always `read_console`."""
    toolset_name: Literal["browser"]
    """Always `browser`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
