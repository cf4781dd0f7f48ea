# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .browser_get_page_text_input import BrowserGetPageTextInput
from .tool_caller import ToolCaller


class BrowserGetPageTextToolUseBlock(APIModel):
    """A `tool_use` block calling the browser toolset's `get_page_text` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: BrowserGetPageTextInput
    """The action's arguments."""
    name: Literal["get_page_text"]
    """Always `get_page_text`."""
    toolset_name: Literal["browser"]
    """Always `browser`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
