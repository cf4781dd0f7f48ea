# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .browser_read_page_input import BrowserReadPageInput
from .tool_caller import ToolCaller


class BrowserReadPageToolUseBlock(APIModel):
    """A `tool_use` block calling the browser toolset's `read_page` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: BrowserReadPageInput
    """The action's arguments."""
    name: Literal["read_page"]
    """Always `read_page`."""
    toolset_name: Literal["browser"]
    """Always `browser`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
