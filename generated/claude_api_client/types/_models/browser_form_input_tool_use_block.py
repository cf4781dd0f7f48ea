# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .browser_form_input_input import BrowserFormInputInput
from .tool_caller import ToolCaller


class BrowserFormInputToolUseBlock(APIModel):
    """A `tool_use` block calling the browser toolset's `form_input` action."""

    caller: ToolCaller | None = None
    """Who issued this tool call; absent means the model itself (`direct`)."""
    id: str
    """Unique id of this tool call."""
    input: BrowserFormInputInput
    """The action's arguments."""
    name: Literal["form_input"]
    """Always `form_input`."""
    toolset_name: Literal["browser"]
    """Always `browser`."""
    type: Literal["tool_use"]
    """Always `tool_use`."""
