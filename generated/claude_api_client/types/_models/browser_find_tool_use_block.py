# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .browser_find_input import BrowserFindInput
from .tool_caller import ToolCaller


class BrowserFindToolUseBlock(APIModel):
    """A `tool_use` block calling the browser toolset's `find` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: BrowserFindInput
    """The action's arguments."""
    name: Literal["find"]
    """Always `find`."""
    toolset_name: Literal["browser"]
    """Always `browser`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
