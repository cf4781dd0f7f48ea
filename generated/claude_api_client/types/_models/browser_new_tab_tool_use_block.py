# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .browser_new_tab_input import BrowserNewTabInput
from .tool_caller import ToolCaller


class BrowserNewTabToolUseBlock(APIModel):
    """A `tool_use` block calling the browser toolset's `new_tab` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: BrowserNewTabInput
    """The action's arguments."""
    name: Literal["new_tab"]
    """Always `new_tab`."""
    toolset_name: Literal["browser"]
    """Always `browser`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
